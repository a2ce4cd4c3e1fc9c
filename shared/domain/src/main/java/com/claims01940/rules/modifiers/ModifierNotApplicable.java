package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-NOT-APPLICABLE: a modifier that does not belong on an anesthesia code. */
public final class ModifierNotApplicable extends Rule {
  public ModifierNotApplicable() {
    super("MOD-NOT-APPLICABLE", Aspect.MODIFIERS, Severity.ERROR, false,
        "A modifier that does not belong on an anesthesia code (47, 50, 51, 62, 66, 80, 81, 82, AS, 26, TC)",
        Sources.NORIDIAN_47);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().notApplicableModifiers())) {
      report(ctx, ClaimFacts.modifierField(claim, m), "Modifier " + m + " is not used on anesthesia codes.");
    }
  }
}
