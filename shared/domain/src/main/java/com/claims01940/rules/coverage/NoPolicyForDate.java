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

/** COV-NO-POLICY-FOR-DATE: the payer has policies, none in force on the date of service. */
public final class NoPolicyForDate extends Rule {
  public NoPolicyForDate() {
    super(
        "COV-NO-POLICY-FOR-DATE",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "The payer has policies, none in force on the date of service",
        Sources.POLICY_PROVENANCE);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (ctx.resolution() instanceof PolicyResolution.NoPolicyForDate) {
      out.add(
          finding(
              "/dateOfService",
              "Payer "
                  + claim.payerId()
                  + " has no 01940 policy in force on "
                  + claim.dateOfService()
                  + "."));
    }
    return out;
  }
}
