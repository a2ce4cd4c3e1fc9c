package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.claim.Claim.HistoryEntry;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.FacetCounting;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DOC-REPEAT-RELIEF-UNDOCUMENTED: a joint denervated before is treated again, and the latest
 * earlier session that treated it does not record the relief the payer asks before a repeat ({@code
 * repeatReliefPercent} for {@code repeatReliefWeeks}). Off for a payer without those values.
 */
public final class RepeatReliefUndocumented extends Rule {
  public RepeatReliefUndocumented() {
    super(
        "DOC-REPEAT-RELIEF-UNDOCUMENTED",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        true,
        "A repeat denervation whose earlier session records no relief, or less than the payer asks"
            + " (repeatReliefPercent for repeatReliefWeeks)",
        Sources.EVICORE_208);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    var codes = ctx.codes();
    if (policy == null
        || !policy.repeatReliefPercent().isSet()
        || !codes.isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return List.of();
    }
    int percent = policy.repeatReliefPercent().value();
    Integer weeks = policy.repeatReliefWeeks().value();
    Set<String> sides = FacetCounting.claimSides(claim, codes);
    List<FacetCounting.Session> sessions = FacetCounting.priorSessions(claim, codes);
    Set<Integer> reported = new LinkedHashSet<>();
    for (String joint : FacetCounting.claimJoints(claim, codes)) {
      Integer latest = null;
      for (FacetCounting.Session s : sessions) {
        for (int i : s.entries()) {
          if (FacetCounting.treatedAny(claim.history().get(i), Set.of(joint), sides, codes)) {
            latest = i;
          }
        }
      }
      if (latest != null && !enough(claim.history().get(latest), percent, weeks)) {
        reported.add(latest);
      }
    }
    for (int i : reported) {
      HistoryEntry h = claim.history().get(i);
      out.add(
          finding(
              "/history/" + i,
              "The joints treated on "
                  + h.dateOfService()
                  + " are treated again; "
                  + policy.payerName()
                  + " asks the record to show at least "
                  + percent
                  + "% relief"
                  + (weeks == null ? "" : " for " + weeks + " weeks")
                  + " from that session, and it states "
                  + (h.reliefPercent() == null
                      ? "none"
                      : h.reliefPercent()
                          + "%"
                          + (h.reliefWeeks() == null ? "" : " for " + h.reliefWeeks() + " weeks"))
                  + ".",
              policy.repeatReliefPercent(),
              policy.repeatReliefWeeks()));
    }
    return out;
  }

  private static boolean enough(HistoryEntry h, int percent, Integer weeks) {
    return h.reliefPercent() != null
        && h.reliefPercent() >= percent
        && (weeks == null || (h.reliefWeeks() != null && h.reliefWeeks() >= weeks));
  }
}
