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

/** DOC-ANESTHESIA-TYPE-MISMATCH: the documented type differs from the claim's. */
public final class AnesthesiaTypeMismatch extends Rule {
  public AnesthesiaTypeMismatch() {
    super(
        "DOC-ANESTHESIA-TYPE-MISMATCH",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        false,
        "Documented anesthesia type differs from the claim's",
        Sources.OPENPAYER_01940);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String billed = ClaimFacts.anesthesiaType(claim);
    String documented =
        claim.documentation() == null ? null : claim.documentation().anesthesiaType();
    if (billed != null && documented != null && !billed.equals(documented)) {
      out.add(
          finding(
              "/documentation/anesthesiaType",
              "Documented anesthesia type "
                  + documented
                  + " differs from the billed type "
                  + billed
                  + "."));
    }
    return out;
  }
}
