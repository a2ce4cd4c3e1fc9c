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

/** DOC-SEDATION-JUSTIFICATION-MISSING: MAC/general without depth of sedation and a risk factor. */
public final class SedationJustificationMissing extends Rule {
  public SedationJustificationMissing() {
    super(
        "DOC-SEDATION-JUSTIFICATION-MISSING",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        true,
        "MAC or GENERAL without sedationJustification.depthOfSedation and at least one risk factor",
        Sources.CGS_SEDATION);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null
        || !policy.sedationJustificationRequired().isSet()
        || !ctx.codes().sedationTypes().contains(ClaimFacts.anesthesiaType(claim))) {
      return List.of();
    }
    var j = claim.documentation() == null ? null : claim.documentation().sedationJustification();
    boolean depth = j != null && j.depthOfSedation() != null && !j.depthOfSedation().isBlank();
    boolean risk = j != null && !j.riskFactors().isEmpty();
    if (!depth || !risk) {
      out.add(
          finding(
              policy.sedationJustificationRequired().value(),
              "/documentation/sedationJustification",
              policy.payerName()
                  + " expects the record to state the depth of sedation and at least one risk factor for "
                  + ClaimFacts.anesthesiaType(claim)
                  + "; missing: "
                  + (!depth && !risk ? "both" : depth ? "risk factor" : "depth of sedation")
                  + ".",
              policy.sedationJustificationRequired()));
    }
    return out;
  }
}
