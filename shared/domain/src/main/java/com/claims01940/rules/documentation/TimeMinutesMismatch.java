package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** DOC-TIME-MINUTES-MISMATCH: billed minutes disagree with the documented start and end. */
public final class TimeMinutesMismatch extends Rule {
  public TimeMinutesMismatch() {
    super(
        "DOC-TIME-MINUTES-MISMATCH",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "minutes differs from end-start by more than 1 minute",
        Sources.CFR_414_46);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var a = claim.anesthesia();
    if (a.minutes() == null
        || a.startTime() == null
        || a.endTime() == null
        || !a.endTime().isAfter(a.startTime())) {
      return List.of();
    }
    long span = java.time.Duration.between(a.startTime(), a.endTime()).toMinutes();
    if (Math.abs(span - a.minutes()) > ctx.codes().minutesTolerance()) {
      out.add(
          finding(
              "/anesthesia/minutes",
              "Billed " + a.minutes() + " minutes, but start to end is " + span + " minutes."));
    }
    return out;
  }
}
