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

/** COV-DIAGNOSIS-INVALID: a code not shaped like ICD-10-CM. */
public final class DiagnosisInvalid extends Rule {
  public DiagnosisInvalid() {
    super(
        "COV-DIAGNOSIS-INVALID",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "A code that is not ICD-10-CM shaped (letter, digit, digit or letter, then optionally a dot"
            + " and 1-4 letters/digits)",
        Sources.ICD10CM);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> codes = claim.diagnosisCodes();
    for (int i = 0; i < codes.size(); i++) {
      if (!ctx.codes().diagnosisShape().matcher(codes.get(i)).matches()) {
        out.add(
            finding(
                "/diagnosisCodes/" + i,
                "Diagnosis code " + codes.get(i) + " is not an ICD-10-CM code."));
      }
    }
    return out;
  }
}
