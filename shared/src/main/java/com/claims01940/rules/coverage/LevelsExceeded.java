package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.CodeSets;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import com.claims01940.policy.PolicyResolution;
import java.util.List;

/** COV-LEVELS-EXCEEDED: more facet levels in one session than the payer allows. */
public final class LevelsExceeded extends Rule {
  public LevelsExceeded() {
    super("COV-LEVELS-EXCEEDED", Aspect.COVERAGE, Severity.ERROR, true,
        "More levels in one session than the payer allows", Sources.CGS_L38773);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    if (policy == null || !policy.facetMaxLevelsPerSession().isSet()
        || !ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return;
    }
    int levels = ClaimFacts.sessionLevels(claim).size();
    int max = policy.facetMaxLevelsPerSession().value();
    if (levels > max) {
      report(ctx, "/procedure/levels", levels + " levels in one session; " + policy.payerName() + " allows " + max + ".",
          policy.facetMaxLevelsPerSession());
    }
  }
}
