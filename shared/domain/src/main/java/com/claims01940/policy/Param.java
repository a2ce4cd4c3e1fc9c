package com.claims01940.policy;

import java.util.List;

/**
 * One payer-policy value with its provenance. {@code value} is null where the payer has no such
 * rule ("leave the rule off"). {@code verified} is false for our best belief not yet confirmed
 * against the payer's own text; findings resting on it add COV-POLICY-UNVERIFIED.
 */
public record Param<T>(String name, T value, boolean verified, List<String> sources) {

  public boolean isSet() {
    return value != null;
  }
}
