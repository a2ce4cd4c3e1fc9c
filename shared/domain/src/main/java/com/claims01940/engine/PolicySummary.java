package com.claims01940.engine;

import com.claims01940.policy.PayerPolicy;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * Which policy version a response rests on, and the Medicare Administrative Contractor jurisdiction
 * whose values were applied ({@code null}: the national values, when the claim names no
 * contractor).
 */
@JsonPropertyOrder({"payerId", "effectiveFrom", "version", "verified", "jurisdiction"})
public record PolicySummary(
    String payerId,
    LocalDate effectiveFrom,
    String version,
    boolean verified,
    @JsonInclude(JsonInclude.Include.ALWAYS) String jurisdiction) {

  public static PolicySummary of(PayerPolicy p) {
    return new PolicySummary(
        p.payerId(), p.effectiveFrom(), p.version(), p.verified(), p.jurisdiction());
  }
}
