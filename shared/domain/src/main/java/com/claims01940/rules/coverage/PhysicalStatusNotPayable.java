package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.CodeSets;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import com.claims01940.policy.PolicyResolution;
import java.util.List;

/** COV-PHYSICAL-STATUS-NOT-PAYABLE: the payer pays no units for the P modifier billed. */
public final class PhysicalStatusNotPayable extends Rule {
  public PhysicalStatusNotPayable() {
    super("COV-PHYSICAL-STATUS-NOT-PAYABLE", Aspect.COVERAGE, Severity.INFO, true,
        "A P modifier the payer pays no units for", Sources.REGENCE_PS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    if (policy == null || !policy.physicalStatusUnits().isSet()) {
      return;
    }
    for (String p : ClaimFacts.modifiersIn(claim, ctx.codes().physicalStatusModifiers())) {
      if (policy.physicalStatusUnits().value().getOrDefault(p, 0) == 0) {
        report(ctx, ClaimFacts.modifierField(claim, p), policy.payerName() + " pays no physical-status units for " + p + ".",
            policy.physicalStatusUnits());
      }
    }
  }
}
