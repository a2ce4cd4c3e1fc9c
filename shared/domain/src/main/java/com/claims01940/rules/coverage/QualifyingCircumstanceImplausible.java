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
 * COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE: a circumstance (total body hypothermia, controlled
 * hypotension) that a percutaneous neurolytic procedure under anesthesia does not call for, or the
 * emergency code (99140) on a case with an approved prior authorization, which was scheduled.
 */
public final class QualifyingCircumstanceImplausible extends Rule {
  public QualifyingCircumstanceImplausible() {
    super(
        "COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE",
        Aspect.COVERAGE,
        Severity.WARNING,
        false,
        "A qualifying circumstance that this percutaneous procedure does not call for, or an"
            + " emergency (99140) on a scheduled, prior-authorised case",
        Sources.QUALIFYING_CIRCUMSTANCES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    ClaimFacts.qualifyingCircumstances(claim)
        .forEach(
            (code, i) -> {
              if (code.equals(ctx.codes().emergencyQualifyingCircumstance())
                  && claim.priorAuthorization() != null
                  && "APPROVED".equals(claim.priorAuthorization().status())) {
                out.add(
                    finding(
                        "/anesthesia/qualifyingCircumstances/" + i,
                        code
                            + " reports an emergency, but the case has an approved prior"
                            + " authorization: it was scheduled, and the emergency units are not"
                            + " due."));
              } else if (ctx.codes().implausibleQualifyingCircumstances().contains(code)) {
                out.add(
                    finding(
                        "/anesthesia/qualifyingCircumstances/" + i,
                        code
                            + " is not expected with a percutaneous"
                            + " image-guided procedure such as "
                            + ctx.codes().procedureCode()
                            + "; check the anesthesia record."));
              }
            });
    return out;
  }
}
