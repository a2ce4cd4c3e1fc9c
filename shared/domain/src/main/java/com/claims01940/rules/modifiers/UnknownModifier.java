package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** MOD-UNKNOWN: not shaped like a CPT/HCPCS modifier (two letters or digits). */
public final class UnknownModifier extends Rule {
  public UnknownModifier() {
    super(
        "MOD-UNKNOWN",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "Not a known CPT/HCPCS modifier (two characters, letters/digits)",
        Sources.X12_837P);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> m = claim.modifiers();
    for (int i = 0; i < m.size(); i++) {
      if (!ctx.codes().modifierShape().matcher(m.get(i)).matches()) {
        out.add(
            finding(
                "/anesthesia/modifiers/" + i,
                "Modifier at position "
                    + (i + 1)
                    + " is not a CPT/HCPCS modifier (two letters or digits)."));
      }
    }
    return out;
  }
}
