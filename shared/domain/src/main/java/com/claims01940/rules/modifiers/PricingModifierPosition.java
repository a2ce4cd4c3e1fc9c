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

/** MOD-PRICING-POSITION: the pricing modifier is not in position 1. */
public final class PricingModifierPosition extends Rule {
  public PricingModifierPosition() {
    super(
        "MOD-PRICING-POSITION",
        Aspect.MODIFIERS,
        Severity.ERROR,
        true,
        "A pricing modifier is present but not in the first modifier position",
        Sources.NGS_PRICING);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    List<String> modifiers = claim.modifiers();
    if (policy == null
        || !policy.pricingModifierPosition().isSet()
        || modifiers.isEmpty()
        || ctx.codes().pricingModifiers().contains(modifiers.get(0))) {
      return List.of();
    }
    List<String> pricing = ClaimFacts.modifiersIn(claim, ctx.codes().pricingModifiers());
    if (!pricing.isEmpty()) {
      out.add(
          finding(
              policy.pricingModifierPosition().value(),
              ClaimFacts.modifierField(claim, pricing.get(0)),
              "Pricing modifier "
                  + pricing.get(0)
                  + " must be in the first position; informational modifiers follow it.",
              policy.pricingModifierPosition()));
    }
    return out;
  }
}
