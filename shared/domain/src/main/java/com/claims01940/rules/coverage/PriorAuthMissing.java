package com.claims01940.rules.coverage;

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

/** COV-PRIOR-AUTH-MISSING: the payer requires prior authorization and none is approved. */
public final class PriorAuthMissing extends Rule {
  public PriorAuthMissing() {
    super(
        "COV-PRIOR-AUTH-MISSING",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "Payer requires prior authorization for this case and none is APPROVED",
        Sources.CMS_OPD_PA);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null || !policy.priorAuthorization().isSet()) {
      return List.of();
    }
    var rule = policy.priorAuthorization().value();
    String code = ClaimFacts.procedureCode(claim);
    boolean required =
        code != null
            && rule.procedureCodes().contains(code)
            && (rule.placesOfService() == null
                || rule.placesOfService().contains(claim.placeOfService()))
            && (rule.fromDate() == null || !claim.dateOfService().isBefore(rule.fromDate()));
    var auth = claim.priorAuthorization();
    if (required && (auth == null || !"APPROVED".equals(auth.status()))) {
      out.add(
          finding(
              "/priorAuthorization",
              policy.payerName()
                  + " requires prior authorization for "
                  + code
                  + (rule.placesOfService() == null
                      ? ""
                      : " at place of service " + claim.placeOfService())
                  + (rule.fromDate() == null ? "" : " on or after " + rule.fromDate())
                  + "; "
                  + (auth == null ? "none on the claim." : "its status is " + auth.status() + "."),
              policy.priorAuthorization()));
    }
    return out;
  }
}
