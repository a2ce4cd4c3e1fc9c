package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-TOO-MANY: more modifiers than an 837P line carries. */
public final class TooManyModifiers extends Rule {
  public TooManyModifiers() {
    super("MOD-TOO-MANY", Aspect.MODIFIERS, Severity.ERROR, false,
        "More than 4 modifiers (an 837P line carries 4)", Sources.X12_837P);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    int max = ctx.codes().maxModifiersPerLine();
    if (claim.modifiers().size() > max) {
      report(ctx, "/anesthesia/modifiers/" + max, claim.modifiers().size() + " modifiers; an 837P service line carries at most "
          + max + ".");
    }
  }
}
