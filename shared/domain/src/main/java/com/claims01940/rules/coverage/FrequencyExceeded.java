package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.FacetCounting;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * COV-FREQUENCY-EXCEEDED: too many lumbar/sacral sessions in the rolling 12 months, or the same
 * joint (on the same side) sooner than the payer's interval. Sessions and joints are counted by
 * {@link FacetCounting}.
 */
public final class FrequencyExceeded extends Rule {
  public FrequencyExceeded() {
    super(
        "COV-FREQUENCY-EXCEEDED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "More lumbar/sacral sessions in the rolling 12 months than allowed, or the same joint sooner than the"
            + " payer's interval",
        Sources.EVICORE_208);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    var codes = ctx.codes();
    if (policy == null || !codes.isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return List.of();
    }
    var dos = claim.dateOfService();
    var sessions = FacetCounting.priorSessions(claim, codes);
    var maxSessions = policy.facetMaxSessionsPer12Months();
    if (maxSessions.isSet()) {
      long inWindow = sessions.stream().filter(s -> s.date().isAfter(dos.minusYears(1))).count();
      if (inWindow + 1 > maxSessions.value()) {
        out.add(
            finding(
                "/history",
                "This would be lumbar/sacral session "
                    + (inWindow + 1)
                    + " in the 12 months before "
                    + dos
                    + " (sessions are dates of service); "
                    + policy.payerName()
                    + " allows "
                    + maxSessions.value()
                    + ".",
                maxSessions));
      }
    }
    var minDays = policy.facetMinDaysBetweenSameLevel();
    if (!minDays.isSet()) {
      return out;
    }
    var joints = FacetCounting.claimJoints(claim, codes);
    var sides = FacetCounting.claimSides(claim, codes);
    for (var session : sessions) {
      long days = ChronoUnit.DAYS.between(session.date(), dos);
      if (days >= minDays.value()) {
        continue;
      }
      session.entries().stream()
          .filter(i -> FacetCounting.treatedAny(claim.history().get(i), joints, sides, codes))
          .findFirst()
          .ifPresent(
              i ->
                  out.add(
                      finding(
                          "/history/" + i,
                          "The same joint was treated "
                              + days
                              + " days earlier, on "
                              + session.date()
                              + "; "
                              + policy.payerName()
                              + " requires at least "
                              + minDays.value()
                              + " days.",
                          minDays)));
    }
    return out;
  }
}
