package com.claims01940.rules.modifiers;

import com.claims01940.codes.CodeSets;
import com.claims01940.rules.AtMostOneOfSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;
import java.util.List;

/** MOD-PRICING-MULTIPLE: pricing modifiers are mutually exclusive on an anesthesia line. */
public final class PricingModifierMultiple extends AtMostOneOfSetRule {
  public PricingModifierMultiple(CodeSets codes) {
    super(
        "MOD-PRICING-MULTIPLE",
        "More than one of " + String.join(", ", codes.pricingModifiers()) + " on the line",
        Sources.EMBLEM_EXCLUSIVE);
  }

  @Override
  protected Collection<String> set(RuleContext ctx) {
    return ctx.codes().pricingModifiers();
  }

  @Override
  protected String message(List<String> found) {
    return "Pricing modifiers "
        + String.join(", ", found)
        + " are mutually exclusive; bill exactly one per anesthesia line.";
  }
}
