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

/** MOD-DUPLICATE: the same modifier twice on the line. */
public final class DuplicateModifier extends Rule {
  public DuplicateModifier() {
    super(
        "MOD-DUPLICATE",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "The same modifier twice",
        Sources.X12_837P);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> m = claim.modifiers();
    for (int i = 0; i < m.size(); i++) {
      if (m.indexOf(m.get(i)) < i) {
        out.add(
            finding(
                "/anesthesia/modifiers/" + i, "Modifier " + m.get(i) + " appears more than once."));
      }
    }
    return out;
  }
}
