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

/** MOD-TOO-MANY: more modifiers than an 837P line carries. */
public final class TooManyModifiers extends Rule {
  public TooManyModifiers() {
    super(
        "MOD-TOO-MANY",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "More than 4 modifiers (an 837P line carries 4)",
        Sources.X12_837P);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    int max = ctx.codes().maxModifiersPerLine();
    if (claim.modifiers().size() > max) {
      out.add(
          finding(
              "/anesthesia/modifiers/" + max,
              claim.modifiers().size()
                  + " modifiers; an 837P service line carries at most "
                  + max
                  + "."));
    }
    return out;
  }
}
