package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-PRICING-MULTIPLE: more than one pricing modifier on the line. */
public final class PricingModifierMultiple extends Rule {
  public PricingModifierMultiple() {
    super("MOD-PRICING-MULTIPLE", Aspect.MODIFIERS, Severity.ERROR, false,
        "More than one of AA, AD, QK, QX, QY, QZ on the line", Sources.EMBLEM_EXCLUSIVE);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    List<String> pricing = ClaimFacts.modifiersIn(claim, ctx.codes().pricingModifiers());
    if (pricing.size() > 1) {
      report(ctx, ClaimFacts.modifierField(claim, pricing.get(1)), "Pricing modifiers " + String.join(", ", pricing)
          + " are mutually exclusive; bill exactly one per anesthesia line.");
    }
  }
}
