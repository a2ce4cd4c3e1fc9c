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

/** DOC-TIME-MISSING: start or end time not documented. */
public final class TimeMissing extends Rule {
  public TimeMissing() {
    super(
        "DOC-TIME-MISSING",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "Start or end time missing",
        Sources.ANTHEM_MA_TIME);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var a = claim.anesthesia();
    if (a.startTime() == null) {
      out.add(finding("/anesthesia/startTime", "Anesthesia start time is not documented."));
    }
    if (a.endTime() == null) {
      out.add(finding("/anesthesia/endTime", "Anesthesia end time is not documented."));
    }
    return out;
  }
}
