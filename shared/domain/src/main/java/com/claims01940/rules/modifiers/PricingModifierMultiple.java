package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** MOD-PRICING-MULTIPLE: more than one pricing modifier on the line. */
public final class PricingModifierMultiple extends Rule {
  public PricingModifierMultiple(CodeSets codes) {
    super(
        "MOD-PRICING-MULTIPLE",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "More than one of " + String.join(", ", codes.pricingModifiers()) + " on the line",
        Sources.EMBLEM_EXCLUSIVE);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> pricing = ClaimFacts.modifiersIn(claim, ctx.codes().pricingModifiers());
    if (pricing.size() > 1) {
      out.add(
          finding(
              ClaimFacts.modifierField(claim, pricing.get(1)),
              "Pricing modifiers "
                  + String.join(", ", pricing)
                  + " are mutually exclusive; bill exactly one per anesthesia line."));
    }
    return out;
  }
}
