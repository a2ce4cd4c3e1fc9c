package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.ModifierInSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;

/** MOD-NOT-APPLICABLE: a modifier that does not belong on an anesthesia code. */
public final class ModifierNotApplicable extends ModifierInSetRule {
  public ModifierNotApplicable(CodeSets codes) {
    super(
        "MOD-NOT-APPLICABLE",
        Severity.ERROR,
        "A modifier that does not belong on an anesthesia code ("
            + String.join(", ", codes.notApplicableModifiers())
            + ")",
        Sources.NORIDIAN_47);
  }

  @Override
  protected Collection<String> modifiers(Claim claim, RuleContext ctx) {
    return ctx.codes().notApplicableModifiers();
  }

  @Override
  protected String message(String modifier, Claim claim, RuleContext ctx) {
    return "Modifier " + modifier + " is not used on anesthesia codes.";
  }
}
