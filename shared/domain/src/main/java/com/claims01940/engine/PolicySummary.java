package com.claims01940.engine;

import com.claims01940.policy.PayerPolicy;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** Which policy version a response rests on. */
@JsonPropertyOrder({"payerId", "effectiveFrom", "version", "verified"})
public record PolicySummary(
    String payerId, LocalDate effectiveFrom, String version, boolean verified) {

  public static PolicySummary of(PayerPolicy p) {
    return new PolicySummary(p.payerId(), p.effectiveFrom(), p.version(), p.verified());
  }
}
