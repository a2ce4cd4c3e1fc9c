package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.ModifierInSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;

/** MOD-22-REVIEW: increased procedural services on a time-based anesthesia line. */
public final class Modifier22Review extends ModifierInSetRule {
  public Modifier22Review(CodeSets codes) {
    super(
        "MOD-22-REVIEW",
        Severity.WARNING,
        either(codes.reviewModifiers())
            + " on the line: needs documentation; Medicare pays no more for it on anesthesia",
        Sources.MOD_22);
  }

  @Override
  protected Collection<String> modifiers(Claim claim, RuleContext ctx) {
    return ctx.codes().reviewModifiers();
  }

  @Override
  protected String message(String modifier, Claim claim, RuleContext ctx) {
    return "Modifier "
        + modifier
        + " needs supporting documentation; time units already pay for a longer anesthetic.";
  }
}
