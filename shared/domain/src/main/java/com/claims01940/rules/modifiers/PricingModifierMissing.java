package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-PRICING-MISSING: no pricing modifier on the line where the payer requires one. */
public final class PricingModifierMissing extends Rule {
  public PricingModifierMissing() {
    super("MOD-PRICING-MISSING", Aspect.MODIFIERS, Severity.ERROR, true,
        "None of AA, AD, QK, QX, QY, QZ on the line and the payer requires one", Sources.NGS_PRICING);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    if (policy == null || !policy.pricingModifierRequired().isSet()
        || !ClaimFacts.modifiersIn(claim, ctx.codes().pricingModifiers()).isEmpty()) {
      return;
    }
    report(ctx, policy.pricingModifierRequired().value(), "/anesthesia/modifiers",
        policy.payerName() + " requires one pricing modifier (" + String.join(", ", ctx.codes().pricingModifiers().stream().sorted().toList())
            + ") on the anesthesia line; none is present.", policy.pricingModifierRequired());
  }
}
