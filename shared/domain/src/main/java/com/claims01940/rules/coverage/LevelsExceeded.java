package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.FacetCounting;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * COV-LEVELS-EXCEEDED: more facet joints in one session than the payer allows. Joints are counted
 * by {@link FacetCounting}; a payer whose limit is per side (policy {@code facetLevelLimitPerSide})
 * has it applied to each side treated, the others to the joint levels of the session, either side.
 */
public final class LevelsExceeded extends Rule {
  public LevelsExceeded() {
    super(
        "COV-LEVELS-EXCEEDED",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "More facet joints in one session (or on one side, where the payer's limit is per side) than the payer allows",
        Sources.CGS_L38773);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    if (policy == null
        || !policy.facetMaxLevelsPerSession().isSet()
        || !ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return List.of();
    }
    var joints = FacetCounting.claimJoints(claim, ctx.codes());
    int max = policy.facetMaxLevelsPerSession().value();
    if (joints.size() <= max) {
      return List.of();
    }
    var perSide = policy.facetLevelLimitPerSide();
    String named = " (" + String.join(", ", joints) + ")";
    if (Boolean.TRUE.equals(perSide.value())) {
      var sides = FacetCounting.claimSides(claim, ctx.codes());
      String where =
          sides.isEmpty()
              ? "one side (laterality not stated)"
              : sides.size() > 1
                  ? "each side"
                  : "the " + sides.iterator().next().toLowerCase(Locale.ROOT) + " side";
      out.add(
          finding(
              "/procedure/levels",
              joints.size()
                  + " facet joints on "
                  + where
                  + named
                  + "; "
                  + policy.payerName()
                  + " allows "
                  + max
                  + " per side.",
              policy.facetMaxLevelsPerSession(),
              perSide));
    } else {
      out.add(
          finding(
              "/procedure/levels",
              joints.size()
                  + " facet joint levels in one session"
                  + named
                  + "; "
                  + policy.payerName()
                  + " allows "
                  + max
                  + ".",
              policy.facetMaxLevelsPerSession()));
    }
    return out;
  }
}
