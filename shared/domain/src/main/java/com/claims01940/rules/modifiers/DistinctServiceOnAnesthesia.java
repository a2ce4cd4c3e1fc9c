package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.ModifierInSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;

/**
 * MOD-DISTINCT-SERVICE-ON-ANESTHESIA: 59/X modifiers belong on the separate block line, not here.
 */
public final class DistinctServiceOnAnesthesia extends ModifierInSetRule {
  public DistinctServiceOnAnesthesia(CodeSets codes) {
    super(
        "MOD-DISTINCT-SERVICE-ON-ANESTHESIA",
        Severity.WARNING,
        either(codes.distinctServiceModifiers()) + " on the anesthesia line",
        Sources.DISTINCT);
  }

  @Override
  protected Collection<String> modifiers(Claim claim, RuleContext ctx) {
    return ctx.codes().distinctServiceModifiers();
  }

  @Override
  protected String message(String modifier, Claim claim, RuleContext ctx) {
    return "Modifier "
        + modifier
        + " marks a distinct procedural service; it belongs on the separately billed block,"
        + " not the anesthesia line.";
  }
}
