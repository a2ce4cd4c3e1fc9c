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

/** COV-DIAGNOSIS-MISSING: no diagnosis codes. */
public final class DiagnosisMissing extends Rule {
  public DiagnosisMissing() {
    super("COV-DIAGNOSIS-MISSING", Aspect.COVERAGE, Severity.ERROR, false, "No diagnosis codes", Sources.ICD10CM);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    if (claim.diagnosisCodes().isEmpty()) {
      report(ctx, "/diagnosisCodes", "The claim has no diagnosis code.");
    }
  }
}
