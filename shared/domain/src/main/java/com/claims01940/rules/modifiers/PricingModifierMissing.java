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

/** MOD-PRICING-MISSING: no pricing modifier on the line where the payer requires one. */
public final class PricingModifierMissing extends Rule {
  public PricingModifierMissing(CodeSets codes) {
    super(
        "MOD-PRICING-MISSING",
        Aspect.MODIFIERS,
        Severity.ERROR,
        true,
        "None of "
            + String.join(", ", codes.pricingModifiers())
            + " on the line and the payer requires one",
        Sources.NGS_PRICING);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null
        || !policy.pricingModifierRequired().isSet()
        || !ClaimFacts.modifiersIn(claim, ctx.codes().pricingModifiers()).isEmpty()) {
      return List.of();
    }
    out.add(
        finding(
            policy.pricingModifierRequired().value(),
            "/anesthesia/modifiers",
            policy.payerName()
                + " requires one pricing modifier ("
                + String.join(", ", ctx.codes().pricingModifiers().stream().sorted().toList())
                + ") on the anesthesia line; none is present.",
            policy.pricingModifierRequired()));
    return out;
  }
}
