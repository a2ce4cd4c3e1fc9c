package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;

/** DOC-TIME-MISSING: start or end time not documented. */
public final class TimeMissing extends Rule {
  public TimeMissing() {
    super("DOC-TIME-MISSING", Aspect.DOCUMENTATION, Severity.ERROR, false, "Start or end time missing",
        Sources.ANTHEM_MA_TIME);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var a = claim.anesthesia();
    if (a.startTime() == null) {
      report(ctx, "/anesthesia/startTime", "Anesthesia start time is not documented.");
    }
    if (a.endTime() == null) {
      report(ctx, "/anesthesia/endTime", "Anesthesia end time is not documented.");
    }
  }
}
