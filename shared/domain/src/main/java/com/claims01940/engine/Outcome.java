package com.claims01940.engine;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Finding;
import java.util.List;

/**
 * FAIL if any finding is an ERROR, else WARN if any is a WARNING, else PASS (INFO never counts).
 */
public enum Outcome {
  PASS,
  WARN,
  FAIL;

  public static Outcome of(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return FAIL;
    }
    return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? WARN : PASS;
  }
}
