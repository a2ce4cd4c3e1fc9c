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

/**
 * COV-SURGEON-ANESTHESIA: anesthesia by the physician doing the procedure is not paid separately.
 */
public final class SurgeonAnesthesia extends Rule {
  public SurgeonAnesthesia() {
    super(
        "COV-SURGEON-ANESTHESIA",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "The anesthesia NPI equals procedure.performingNpi (no separate payment)",
        Sources.SURGEON_ANESTHESIA);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String npi = claim.renderingProvider() == null ? null : claim.renderingProvider().npi();
    if (npi != null && claim.procedure() != null && npi.equals(claim.procedure().performingNpi())) {
      out.add(
          finding(
              "/renderingProvider/npi",
              "The anesthesia provider also performed the procedure; anesthesia by the"
                  + " operating physician is not paid separately."));
    }
    return out;
  }
}
