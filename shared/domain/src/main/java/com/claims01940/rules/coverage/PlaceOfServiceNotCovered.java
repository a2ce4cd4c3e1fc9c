package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-POS-NOT-COVERED: place of service the payer does not allow for this service. */
public final class PlaceOfServiceNotCovered extends Rule {
  public PlaceOfServiceNotCovered() {
    super(
        "COV-POS-NOT-COVERED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "Place of service not allowed by the payer",
        Sources.POS_CODES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy != null
        && claim.placeOfService() != null
        && policy.placesOfService().isSet()
        && !policy.placesOfService().value().contains(claim.placeOfService())) {
      out.add(
          finding(
              "/placeOfService",
              "Place of service "
                  + claim.placeOfService()
                  + " is not among those "
                  + policy.payerName()
                  + " allows ("
                  + String.join(", ", policy.placesOfService().value())
                  + ").",
              policy.placesOfService()));
    }
    return out;
  }
}
