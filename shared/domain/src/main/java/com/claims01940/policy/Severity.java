package com.claims01940.policy;

/**
 * How much a finding matters: ERROR fails a claim, WARNING flags it, INFO never changes the
 * outcome.
 */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
