package com.claims01940.rules.documentation;

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

/** DOC-AD-INDUCTION-UNDOCUMENTED: AD without presence at induction earns no extra base unit. */
public final class AdInductionUndocumented extends Rule {
  public AdInductionUndocumented() {
    super(
        "DOC-AD-INDUCTION-UNDOCUMENTED",
        Aspect.DOCUMENTATION,
        Severity.INFO,
        false,
        "AD billed without presentAtInduction (no extra base unit)",
        Sources.PALMETTO_AD);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (ClaimFacts.has(claim, ctx.codes().supervisionModifier())
        && !Boolean.TRUE.equals(claim.anesthesia().presentAtInduction())) {
      out.add(
          finding(
              "/anesthesia/presentAtInduction",
              "Medical supervision (AD) is paid on 3 base units; presence at induction"
                  + " is not documented, so the extra unit is not added."));
    }
    return out;
  }
}
