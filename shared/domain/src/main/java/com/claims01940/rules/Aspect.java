package com.claims01940.rules;

/** The part of a claim a rule looks at; ALL names a response covering the three. */
public enum Aspect {
  MODIFIERS, DOCUMENTATION, COVERAGE, ALL
}
