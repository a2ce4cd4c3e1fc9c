package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-DIAGNOSIS-MISSING: no diagnosis codes. */
public final class DiagnosisMissing extends Rule {
  public DiagnosisMissing() {
    super(
        "COV-DIAGNOSIS-MISSING",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "No diagnosis codes",
        Sources.ICD10CM);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.diagnosisCodes().isEmpty()) {
      out.add(finding("/diagnosisCodes", "The claim has no diagnosis code."));
    }
    return out;
  }
}
