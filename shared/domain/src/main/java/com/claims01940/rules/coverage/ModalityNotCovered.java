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

/** COV-MODALITY-NOT-COVERED: facet denervation by a modality the payer does not cover. */
public final class ModalityNotCovered extends Rule {
  public ModalityNotCovered() {
    super(
        "COV-MODALITY-NOT-COVERED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "Facet denervation by a modality the payer does not cover (e.g. CHEMICAL, PULSED_RF, CRYO for Medicare)",
        Sources.PALMETTO_CHECKLIST);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    String modality = ClaimFacts.modality(claim);
    if (policy != null
        && modality != null
        && policy.facetNonCoveredModalities().isSet()
        && ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))
        && policy.facetNonCoveredModalities().value().contains(modality)) {
      out.add(
          finding(
              "/procedure/modality",
              policy.payerName() + " does not cover facet denervation by " + modality + ".",
              policy.facetNonCoveredModalities()));
    }
    return out;
  }
}
