package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.codes.FacetCounting;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * DOC-LEVELS-MISMATCH: the documented levels treat other joints than the procedure's levels, both
 * read as joints (nerves to joints, contract v1.2), never compared as raw strings.
 */
public final class LevelsMismatch extends Rule {
  public LevelsMismatch() {
    super(
        "DOC-LEVELS-MISMATCH",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        false,
        "levelsTreated treats other joints than procedure.levels (nerves read as the joints they"
            + " supply)",
        Sources.OPENPAYER_01940);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.documentation() == null || claim.procedure() == null) {
      return List.of();
    }
    var documented =
        new java.util.TreeSet<>(
            FacetCounting.joints(claim.documentation().levelsTreated(), ctx.codes()));
    var billed =
        new java.util.TreeSet<>(FacetCounting.joints(claim.procedure().levels(), ctx.codes()));
    if (!documented.isEmpty() && !billed.isEmpty() && !documented.equals(billed)) {
      out.add(
          finding(
              "/documentation/levelsTreated",
              "The documented levels treat the joints "
                  + documented
                  + ", the procedure's levels "
                  + billed
                  + "."));
    }
    return out;
  }
}
