package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-PHYSICAL-STATUS-NOT-PAYABLE: the payer pays no units for the P modifier billed. */
public final class PhysicalStatusNotPayable extends Rule {
  public PhysicalStatusNotPayable() {
    super(
        "COV-PHYSICAL-STATUS-NOT-PAYABLE",
        Aspect.COVERAGE,
        Severity.INFO,
        true,
        "A P modifier the payer pays no units for",
        Sources.REGENCE_PS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null || !policy.physicalStatusUnits().isSet()) {
      return List.of();
    }
    for (String p : ClaimFacts.modifiersIn(claim, ctx.codes().physicalStatusModifiers())) {
      if (policy.physicalStatusUnits().value().getOrDefault(p, 0) == 0) {
        out.add(
            finding(
                ClaimFacts.modifierField(claim, p),
                policy.payerName() + " pays no physical-status units for " + p + ".",
                policy.physicalStatusUnits()));
      }
    }
    return out;
  }
}
