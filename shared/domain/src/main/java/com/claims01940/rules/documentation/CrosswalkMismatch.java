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

/** DOC-CROSSWALK-MISMATCH: the linked procedure belongs to another anesthesia code. */
public final class CrosswalkMismatch extends Rule {
  public CrosswalkMismatch() {
    super(
        "DOC-CROSSWALK-MISMATCH",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        false,
        "The linked procedure maps to another anesthesia code (64633/64634/62281 to 01939; injections to 01937/01938)",
        Sources.CPT_CROSSWALK);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String code = ClaimFacts.procedureCode(claim);
    String expected = code == null ? null : ctx.codes().crosswalk().get(code);
    if (expected != null) {
      out.add(
          finding(
              "/procedure/code",
              "Procedure "
                  + code
                  + " is normally reported with anesthesia code "
                  + expected
                  + ", not "
                  + ctx.codes().procedureCode()
                  + "."));
    }
    return out;
  }
}
