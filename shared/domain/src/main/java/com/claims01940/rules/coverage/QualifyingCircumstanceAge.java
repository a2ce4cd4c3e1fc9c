package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * COV-QUALIFYING-CIRCUMSTANCE-AGE: the extreme-age code (99100) for a patient of ordinary age. Age
 * is in completed years on the date of service, as claim systems compute it: "younger than 1" is
 * before the first birthday, "older than 70" is from the 71st birthday on; a patient of exactly 70
 * is a WARNING, since payers read that boundary differently.
 */
public final class QualifyingCircumstanceAge extends Rule {
  public QualifyingCircumstanceAge() {
    super(
        "COV-QUALIFYING-CIRCUMSTANCE-AGE",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "The extreme-age qualifying circumstance reported for a patient whose age does not qualify",
        Sources.QUALIFYING_CIRCUMSTANCES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var rule = ctx.codes().extremeAge();
    Integer at = ClaimFacts.qualifyingCircumstances(claim).get(rule.code());
    if (at == null || claim.patient() == null || claim.patient().birthDate() == null) {
      return List.of();
    }
    int years = Period.between(claim.patient().birthDate(), claim.dateOfService()).getYears();
    if (years >= rule.youngerThanYears() && years <= rule.olderThanYears()) {
      // Exactly 70: payers read "older than 70" differently (some pay from the 70th birthday), so a
      // WARNING; 1-69 is an ERROR (contract v1.2).
      out.add(
          finding(
              years == rule.olderThanYears() ? Severity.WARNING : Severity.ERROR,
              "/anesthesia/qualifyingCircumstances/" + at,
              rule.code()
                  + " is for a patient younger than "
                  + rule.youngerThanYears()
                  + " year or older than "
                  + rule.olderThanYears()
                  + "; the patient is "
                  + years
                  + " (completed years) on the date of service."));
    }
    return out;
  }
}
