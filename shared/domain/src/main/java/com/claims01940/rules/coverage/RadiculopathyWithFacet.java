package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** COV-RADICULOPATHY-WITH-FACET: facet denervation criteria require non-radicular pain. */
public final class RadiculopathyWithFacet extends Rule {
  public RadiculopathyWithFacet() {
    super(
        "COV-RADICULOPATHY-WITH-FACET",
        Aspect.COVERAGE,
        Severity.WARNING,
        false,
        "A radiculopathy diagnosis with facet denervation (criteria require non-radicular pain)",
        Sources.BCBSND_RF);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (!ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return List.of();
    }
    List<String> codes = claim.diagnosisCodes();
    for (int i = 0; i < codes.size(); i++) {
      if (ctx.knownDiagnosis(codes.get(i), claim.dateOfService())
          && CodeSets.matchesAny(ctx.codes().radiculopathyDiagnoses(), codes.get(i))) {
        out.add(
            finding(
                "/diagnosisCodes/" + i,
                "Diagnosis "
                    + codes.get(i)
                    + " is radicular; facet denervation criteria require axial, non-radicular pain."));
      }
    }
    return out;
  }
}
