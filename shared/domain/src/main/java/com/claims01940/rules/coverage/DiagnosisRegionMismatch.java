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

/** COV-DIAGNOSIS-REGION-MISMATCH: no diagnosis of the lumbar, lumbosacral or sacral region. */
public final class DiagnosisRegionMismatch extends Rule {
  public DiagnosisRegionMismatch() {
    super("COV-DIAGNOSIS-REGION-MISMATCH", Aspect.COVERAGE, Severity.ERROR, false,
        "No diagnosis of the lumbar/lumbosacral/sacral region (e.g. only cervical M47.812)", Sources.AAPC_REGIONS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    CodeSets c = ctx.codes();
    List<String> valid = claim.diagnosisCodes().stream().filter(d -> c.diagnosisShape().matcher(d).matches()).toList();
    if (!valid.isEmpty() && valid.stream().noneMatch(d -> CodeSets.matchesAny(c.lumbosacralDiagnoses(), d)
        || CodeSets.matchesAny(c.regionNeutralDiagnoses(), d))) {
      report(ctx, "/diagnosisCodes", "No diagnosis names the lumbar, lumbosacral or sacral region that "
          + c.procedureCode() + " treats.");
    }
  }
}
