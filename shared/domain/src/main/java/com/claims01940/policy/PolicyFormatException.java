package com.claims01940.policy;

/** A policy document that cannot be used: names the payer and the field so a person can fix it. */
public class PolicyFormatException extends RuntimeException {
  private final String payerId;
  private final String field;

  public PolicyFormatException(String payerId, String field, String problem) {
    super("policy for payer " + payerId + ": field " + field + " " + problem);
    this.payerId = payerId;
    this.field = field;
  }

  public String payerId() {
    return payerId;
  }

  public String field() {
    return field;
  }
}
