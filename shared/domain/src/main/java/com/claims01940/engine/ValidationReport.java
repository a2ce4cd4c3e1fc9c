package com.claims01940.engine;

import com.claims01940.payment.PaymentEstimate;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Scope;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The 200 response body: findings for one aspect (or ALL), the outcome, policy and payment. */
@JsonPropertyOrder({"claimId", "aspect", "outcome", "findings", "policy", "payment"})
public record ValidationReport(
    String claimId,
    Scope aspect,
    Outcome outcome,
    List<Finding> findings,
    PolicySummary policy,
    @JsonInclude(JsonInclude.Include.NON_NULL) PaymentEstimate payment) {}
