package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-22-REVIEW: increased services on a time-based anesthesia code needs documentation. */
public final class Modifier22Review extends Rule {
  public Modifier22Review() {
    super("MOD-22-REVIEW", Aspect.MODIFIERS, Severity.WARNING, false,
        "22 on the line: needs documentation; Medicare pays no more for it on anesthesia", Sources.MOD_22);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().reviewModifiers())) {
      report(ctx, ClaimFacts.modifierField(claim, m), "Modifier " + m
          + " needs supporting documentation; time units already pay for a longer anesthetic.");
    }
  }
}
