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

/** MOD-CONCURRENCY-MISMATCH: the pricing modifier contradicts the number of concurrent cases. */
public final class ConcurrencyMismatch extends Rule {
  public ConcurrencyMismatch() {
    super(
        "MOD-CONCURRENCY-MISMATCH",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "QK outside 2-4 concurrent cases, QY or QZ other than 1, AD with 4 or fewer, AA with more"
            + " than 1 (2 with GC: a teaching anesthesiologist's two resident cases)",
        Sources.CMS_MODIFIERS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Integer cases = claim.anesthesia() == null ? null : claim.anesthesia().concurrentCases();
    if (cases == null) {
      return List.of();
    }
    for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().concurrentCasesRange().keySet())) {
      List<Integer> range = ctx.codes().concurrentCasesRange().get(m);
      var teaching = ctx.codes().teachingConcurrency();
      int max =
          m.equals(teaching.modifier()) && claim.modifiers().contains(teaching.teachingModifier())
              ? teaching.maxCases()
              : range.get(1);
      if (cases < range.get(0) || cases > max) {
        out.add(
            finding(
                "/anesthesia/concurrentCases",
                "Modifier "
                    + m
                    + " means "
                    + range.get(0)
                    + (range.get(0).equals(max) ? "" : " to " + max)
                    + " concurrent case(s); the claim reports "
                    + cases
                    + "."));
      }
    }
    return out;
  }
}
