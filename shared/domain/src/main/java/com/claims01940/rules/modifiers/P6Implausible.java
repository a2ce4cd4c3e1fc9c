package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-P6-IMPLAUSIBLE: P6 (brain-dead organ donor) cannot apply to this procedure. */
public final class P6Implausible extends Rule {
  public P6Implausible() {
    super("MOD-P6-IMPLAUSIBLE", Aspect.MODIFIERS, Severity.ERROR, false,
        "P6 (brain-dead organ donor) on 01940", Sources.REGENCE_PS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().implausiblePhysicalStatus())) {
      report(ctx, ClaimFacts.modifierField(claim, m), m + " (brain-dead organ donor) is implausible for a percutaneous pain procedure.");
    }
  }
}
