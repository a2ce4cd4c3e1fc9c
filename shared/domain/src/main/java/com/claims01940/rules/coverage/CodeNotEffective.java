package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-CODE-NOT-EFFECTIVE: 01940 did not exist before 2022-01-01. */
public final class CodeNotEffective extends Rule {
  public CodeNotEffective() {
    super(
        "COV-CODE-NOT-EFFECTIVE",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "Date of service before 2022-01-01, when 01940 did not exist",
        Sources.NEW_2022);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.dateOfService().isBefore(ctx.codes().codeEffectiveFrom())) {
      out.add(
          finding(
              "/dateOfService",
              ctx.codes().procedureCode()
                  + " took effect on "
                  + ctx.codes().codeEffectiveFrom()
                  + "; earlier dates of service used 01935/01936."));
    }
    return out;
  }
}
