package com.claims01940.rules;

/** What a request asks to validate: one aspect, or ALL of them. */
public enum Scope {
  MODIFIERS,
  DOCUMENTATION,
  COVERAGE,
  ALL;

  public static Scope of(Aspect aspect) {
    return valueOf(aspect.name());
  }

  public boolean covers(Aspect aspect) {
    return this == ALL || this == of(aspect);
  }
}
