package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-PAYER-UNKNOWN: no policy at all for the payer. */
public final class PayerUnknown extends Rule {
  public PayerUnknown() {
    super(
        "COV-PAYER-UNKNOWN",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "No policy for that payer",
        Sources.POLICY_PROVENANCE);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (ctx.resolution() instanceof PolicyResolution.UnknownPayer) {
      out.add(
          finding(
              "/payerId",
              "No 01940 policy is on file for payer "
                  + claim.payerId()
                  + "; coverage cannot be checked (see GET /v1/payers)."));
    }
    return out;
  }
}
