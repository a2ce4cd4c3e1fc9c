package com.claims01940.rules.documentation;

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

/** DOC-TIME-OUTLIER: unusually short or long for a percutaneous procedure. */
public final class TimeOutlier extends Rule {
  public TimeOutlier() {
    super(
        "DOC-TIME-OUTLIER",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        false,
        "Under 5 or over 240 minutes for this percutaneous procedure",
        Sources.CFR_414_46);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Integer minutes = ClaimFacts.minutes(claim);
    if (minutes != null
        && (minutes < ctx.codes().outlierMinMinutes()
            || minutes > ctx.codes().outlierMaxMinutes())) {
      out.add(
          finding(
              "/anesthesia/minutes",
              minutes
                  + " minutes is outside the usual "
                  + ctx.codes().outlierMinMinutes()
                  + "-"
                  + ctx.codes().outlierMaxMinutes()
                  + " minutes for this procedure; check the record."));
    }
    return out;
  }
}
