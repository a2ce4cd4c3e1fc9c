package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-DISTINCT-SERVICE-ON-ANESTHESIA: 59/X modifiers belong on the separate block line, not here. */
public final class DistinctServiceOnAnesthesia extends Rule {
  public DistinctServiceOnAnesthesia() {
    super("MOD-DISTINCT-SERVICE-ON-ANESTHESIA", Aspect.MODIFIERS, Severity.WARNING, false,
        "59, XE, XS, XP or XU on the anesthesia line", Sources.DISTINCT);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().distinctServiceModifiers())) {
      report(ctx, ClaimFacts.modifierField(claim, m), "Modifier " + m
          + " marks a distinct procedural service; it belongs on the separately billed block, not the anesthesia line.");
    }
  }
}
