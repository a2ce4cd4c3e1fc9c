package com.claims01940.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy document that cannot be used: names the payer and every field at fault, so a person can
 * fix them all in one go (the loader and the policy editor's 400 list them).
 */
public class PolicyFormatException extends RuntimeException {
  /** One field and what is wrong with it. */
  public record Problem(String field, String problem) {}

  private final String payerId;
  private final List<Problem> problems;

  public PolicyFormatException(String payerId, String field, String problem) {
    this(payerId, List.of(new Problem(field, problem)));
  }

  public PolicyFormatException(String payerId, List<Problem> problems) {
    super(
        "policy for payer "
            + payerId
            + ": "
            + problems.stream()
                .map(p -> "field " + p.field() + " " + p.problem())
                .collect(Collectors.joining("; ")));
    this.payerId = payerId;
    this.problems = List.copyOf(problems);
  }

  public String payerId() {
    return payerId;
  }

  /** The first field at fault. */
  public String field() {
    return problems.get(0).field();
  }

  public List<Problem> problems() {
    return problems;
  }
}
