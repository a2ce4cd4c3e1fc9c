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

/** MOD-G8-NOT-ALLOWED: G8 is limited to a few anesthesia codes, not 01940. */
public final class G8NotAllowed extends Rule {
  public G8NotAllowed(CodeSets codes) {
    super(
        "MOD-G8-NOT-ALLOWED",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        codes.g8Modifier()
            + " on "
            + codes.procedureCode()
            + " ("
            + codes.g8Modifier()
            + " is limited to "
            + String.join(", ", codes.g8AllowedCodes())
            + ")",
        Sources.NOVITAS_G8);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String g8 = ctx.codes().g8Modifier();
    if (ClaimFacts.has(claim, g8)
        && !ctx.codes().g8AllowedCodes().contains(ctx.codes().procedureCode())) {
      out.add(
          finding(
              ClaimFacts.modifierField(claim, g8),
              g8
                  + " is limited to "
                  + String.join(", ", ctx.codes().g8AllowedCodes())
                  + "; use QS for monitored anesthesia care on "
                  + ctx.codes().procedureCode()
                  + "."));
    }
    return out;
  }
}
