package com.claims01940.rules;

/** The part of a claim a rule looks at. */
public enum Aspect {
  MODIFIERS,
  DOCUMENTATION,
  COVERAGE
}
