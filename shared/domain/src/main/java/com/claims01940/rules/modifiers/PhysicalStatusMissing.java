package com.claims01940.rules.modifiers;

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

/** MOD-PHYSICAL-STATUS-MISSING: no P modifier where the payer requires one. */
public final class PhysicalStatusMissing extends Rule {
  public PhysicalStatusMissing() {
    super(
        "MOD-PHYSICAL-STATUS-MISSING",
        Aspect.MODIFIERS,
        Severity.ERROR,
        true,
        "No P1-P6 where the payer requires a physical status modifier",
        Sources.MERCY_PS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy != null
        && policy.physicalStatusRequired().isSet()
        && ClaimFacts.modifiersIn(claim, ctx.codes().physicalStatusModifiers()).isEmpty()) {
      out.add(
          finding(
              policy.physicalStatusRequired().value(),
              "/anesthesia/modifiers",
              policy.payerName() + " requires a physical status modifier (P1-P6).",
              policy.physicalStatusRequired()));
    }
    return out;
  }
}
