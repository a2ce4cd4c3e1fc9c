package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.List;

/**
 * COV-PAYMENT-NOT-ESTIMATED: no anesthesia conversion factor is known for the calendar year of the
 * date of service, so the payment fields are null. A missing price is said, never a failure.
 */
public final class PaymentNotEstimated extends Rule {
  public PaymentNotEstimated() {
    super(
        "COV-PAYMENT-NOT-ESTIMATED",
        Aspect.COVERAGE,
        Severity.INFO,
        false,
        "No anesthesia conversion factor is loaded for the calendar year of the date of service:"
            + " the payment is not estimated (a missing price never fails a claim)",
        Sources.CODESETS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    PayerPolicy policy = ctx.policy();
    if (policy == null
        || policy.priceable(ctx.references().conversionFactorsOn(claim.dateOfService()) != null)) {
      return List.of();
    }
    return List.of(
        finding(
            "/dateOfService",
            "No CY"
                + claim.dateOfService().getYear()
                + " anesthesia conversion factor is loaded: the payment is not estimated."));
  }
}
