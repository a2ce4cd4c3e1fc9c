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

/** DOC-TIME-INVALID: end not after start, or a span longer than a day. */
public final class TimeInvalid extends Rule {
  public TimeInvalid() {
    super(
        "DOC-TIME-INVALID",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "End not after start, or span over 24 h",
        Sources.CFR_414_46);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var a = claim.anesthesia();
    if (a.startTime() == null || a.endTime() == null) {
      return List.of();
    }
    if (!a.endTime().isAfter(a.startTime())) {
      out.add(finding("/anesthesia/endTime", "Anesthesia end time is not after the start time."));
    } else if (java.time.Duration.between(a.startTime(), a.endTime()).toMinutes()
        > ctx.codes().maxSpanMinutes()) {
      out.add(
          finding(
              "/anesthesia/endTime",
              "Anesthesia time spans more than " + ctx.codes().maxSpanMinutes() + " minutes."));
    }
    return out;
  }
}
