package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** MOD-GA-GZ-CONFLICT: GA (ABN on file) and GZ (no ABN) contradict each other. */
public final class GaGzConflict extends Rule {
  public GaGzConflict() {
    super(
        "MOD-GA-GZ-CONFLICT",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "Both GA and GZ",
        Sources.INFORMATIONAL);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> pair = ctx.codes().conflictingPair();
    if (claim.modifiers().containsAll(pair)) {
      out.add(
          finding(
              ClaimFacts.modifierField(claim, pair.get(1)),
              String.join(" and ", pair)
                  + " contradict each other: an ABN is either on file or not."));
    }
    return out;
  }
}
