package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** COV-TIMELY-FILING-EXCEEDED: submitted after the payer's filing limit. */
public final class TimelyFilingExceeded extends Rule {
  public TimelyFilingExceeded() {
    super(
        "COV-TIMELY-FILING-EXCEEDED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "submissionDate - dateOfService beyond the payer's filing limit",
        Sources.TIMELY_FILING);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null || claim.submissionDate() == null || !policy.timelyFilingDays().isSet()) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(claim.dateOfService(), claim.submissionDate());
    if (days > policy.timelyFilingDays().value()) {
      out.add(
          finding(
              "/submissionDate",
              "Submitted "
                  + days
                  + " days after the date of service; "
                  + policy.payerName()
                  + " accepts claims within "
                  + policy.timelyFilingDays().value()
                  + " days.",
              policy.timelyFilingDays()));
    }
    return out;
  }
}
