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

import java.time.temporal.ChronoUnit;
import java.util.Collections;

/** COV-FREQUENCY-EXCEEDED: too many sessions in 12 months, or the same level too soon. */
public final class FrequencyExceeded extends Rule {
  public FrequencyExceeded() {
    super("COV-FREQUENCY-EXCEEDED", Aspect.COVERAGE, Severity.ERROR, true,
        "More sessions in the rolling 12 months than allowed, or the same level sooner than the payer's interval",
        Sources.EVICORE_208);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    if (policy == null || !ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return;
    }
    var dos = claim.dateOfService();
    var earlier = claim.history().stream()
        .filter(h -> h.dateOfService() != null && h.dateOfService().isBefore(dos))
        .filter(h -> ctx.codes().isFacetDenervation(h.procedureCode())).toList();
    var maxSessions = policy.facetMaxSessionsPer12Months();
    if (maxSessions.isSet()) {
      long inWindow = earlier.stream().filter(h -> h.dateOfService().isAfter(dos.minusYears(1))).count();
      if (inWindow + 1 > maxSessions.value()) {
        report(ctx, "/history", "This would be session " + (inWindow + 1) + " in the 12 months before " + dos + "; "
            + policy.payerName() + " allows " + maxSessions.value() + ".", maxSessions);
      }
    }
    var minDays = policy.facetMinDaysBetweenSameLevel();
    if (minDays.isSet()) {
      var levels = ClaimFacts.sessionLevels(claim);
      for (int i = 0; i < claim.history().size(); i++) {
        var h = claim.history().get(i);
        if (earlier.contains(h) && !Collections.disjoint(levels, h.levels())) {
          long days = ChronoUnit.DAYS.between(h.dateOfService(), dos);
          if (days < minDays.value()) {
            report(ctx, "/history/" + i, "The same level was treated " + days + " days earlier; " + policy.payerName()
                + " requires at least " + minDays.value() + " days.", minDays);
          }
        }
      }
    }
  }
}
