package com.claims01940.rules.coverage;

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

/**
 * COV-QUALIFYING-CIRCUMSTANCES-NOT-PAYABLE: the payer adds no units for a qualifying circumstance
 * reported.
 */
public final class QualifyingCircumstancesNotPayable extends Rule {
  public QualifyingCircumstancesNotPayable() {
    super(
        "COV-QUALIFYING-CIRCUMSTANCES-NOT-PAYABLE",
        Aspect.COVERAGE,
        Severity.INFO,
        true,
        "A qualifying-circumstance code reported and the payer adds no units for it",
        Sources.UHC_UNITS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null || !policy.qualifyingCircumstanceUnits().isSet()) {
      return List.of();
    }
    ClaimFacts.qualifyingCircumstances(claim)
        .forEach(
            (code, i) -> {
              if (ctx.codes().qualifyingCircumstanceCodes().contains(code)
                  && policy.qualifyingCircumstanceUnits().value().getOrDefault(code, 0) == 0) {
                out.add(
                    finding(
                        "/anesthesia/qualifyingCircumstances/" + i,
                        policy.payerName() + " adds no units for " + code + ".",
                        policy.qualifyingCircumstanceUnits()));
              }
            });
    return out;
  }
}
