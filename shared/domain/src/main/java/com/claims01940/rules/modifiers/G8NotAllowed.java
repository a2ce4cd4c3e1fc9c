package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-G8-NOT-ALLOWED: G8 is limited to a few anesthesia codes, not 01940. */
public final class G8NotAllowed extends Rule {
  public G8NotAllowed() {
    super("MOD-G8-NOT-ALLOWED", Aspect.MODIFIERS, Severity.ERROR, false,
        "G8 on 01940 (G8 is limited to 00100, 00160, 00300, 00400, 00532, 00920)", Sources.NOVITAS_G8);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    String g8 = ctx.codes().g8Modifier();
    if (ClaimFacts.has(claim, g8) && !ctx.codes().g8AllowedCodes().contains(ctx.codes().procedureCode())) {
      report(ctx, ClaimFacts.modifierField(claim, g8), g8 + " is limited to " + String.join(", ", ctx.codes().g8AllowedCodes())
          + "; use QS for monitored anesthesia care on " + ctx.codes().procedureCode() + ".");
    }
  }
}
