package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-DIAGNOSIS-NOT-COVERED: no diagnosis on the payer's covered list for the linked procedure. */
public final class DiagnosisNotCovered extends Rule {
  public DiagnosisNotCovered() {
    super(
        "COV-DIAGNOSIS-NOT-COVERED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "No diagnosis on the payer's covered list for the linked procedure",
        Sources.M47_817);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    String code = ClaimFacts.procedureCode(claim);
    if (policy == null || claim.diagnosisCodes().isEmpty()) {
      return List.of();
    }
    var list =
        ctx.codes().isFacetDenervation(code)
            ? policy.facetCoveredDiagnoses()
            : ctx.codes().isEpiduralNeurolysis(code) ? policy.epiduralCoveredDiagnoses() : null;
    if (list == null || !list.isSet()) {
      return List.of();
    }
    var covered = list.value().stream().map(CodeSets::normalizeDiagnosis).toList();
    if (claim.diagnosisCodes().stream()
        .map(CodeSets::normalizeDiagnosis)
        .noneMatch(covered::contains)) {
      out.add(
          finding(
              "/diagnosisCodes",
              "None of the diagnoses is on "
                  + policy.payerName()
                  + "'s covered list for "
                  + code
                  + " ("
                  + String.join(", ", list.value())
                  + ").",
              list));
    }
    return out;
  }
}
