package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-UNKNOWN: not shaped like a CPT/HCPCS modifier (two letters or digits). */
public final class UnknownModifier extends Rule {
  public UnknownModifier() {
    super("MOD-UNKNOWN", Aspect.MODIFIERS, Severity.ERROR, false,
        "Not a known CPT/HCPCS modifier (two characters, letters/digits)", Sources.X12_837P);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    List<String> m = claim.modifiers();
    for (int i = 0; i < m.size(); i++) {
      if (!ctx.codes().modifierShape().matcher(m.get(i)).matches()) {
        report(ctx, "/anesthesia/modifiers/" + i, "Modifier at position " + (i + 1)
            + " is not a CPT/HCPCS modifier (two letters or digits).");
      }
    }
  }
}
