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
 * COV-QUALIFYING-CIRCUMSTANCE-AGE-UNKNOWN: the extreme-age code (99100) on a claim without the
 * patient's birth date, so its age cannot be checked.
 */
public final class QualifyingCircumstanceAgeUnknown extends Rule {
  public QualifyingCircumstanceAgeUnknown() {
    super(
        "COV-QUALIFYING-CIRCUMSTANCE-AGE-UNKNOWN",
        Aspect.COVERAGE,
        Severity.WARNING,
        false,
        "The extreme-age qualifying circumstance on a claim without the patient's birth date",
        Sources.QUALIFYING_CIRCUMSTANCES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String code = ctx.codes().extremeAge().code();
    Integer at = ClaimFacts.qualifyingCircumstances(claim).get(code);
    if (at != null && (claim.patient() == null || claim.patient().birthDate() == null)) {
      out.add(
          finding(
              "/anesthesia/qualifyingCircumstances/" + at,
              code
                  + " is for a patient younger than 1 or older than 70, and the claim has no"
                  + " birth date (patient.birthDate) to show it."));
    }
    return out;
  }
}
