package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * COV-DIAGNOSIS-SEQUENCE: the first diagnosis is a code that may only be reported as a secondary
 * one (Z68.- body mass index, which ICD-10-CM's guidelines allow only beside the condition it
 * describes).
 */
public final class DiagnosisSequence extends Rule {
  public DiagnosisSequence() {
    super(
        "COV-DIAGNOSIS-SEQUENCE",
        Aspect.COVERAGE,
        Severity.WARNING,
        false,
        "A secondary-only diagnosis (Z68.- BMI) is listed first",
        Sources.ICD10_GUIDELINES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> codes = claim.diagnosisCodes();
    if (!codes.isEmpty()
        && ctx.codes().secondaryOnlyDiagnoses().stream()
            .anyMatch(p -> CodeSets.normalizeDiagnosis(codes.get(0)).startsWith(p))) {
      out.add(
          finding(
              "/diagnosisCodes/0",
              codes.get(0)
                  + " may only be reported as a secondary diagnosis; list the condition it"
                  + " describes (for example obesity, E66.-) first."));
    }
    return out;
  }
}
