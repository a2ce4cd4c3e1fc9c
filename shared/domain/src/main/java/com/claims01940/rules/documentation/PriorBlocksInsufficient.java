package com.claims01940.rules.documentation;

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

/**
 * DOC-PRIOR-BLOCKS-INSUFFICIENT: the first denervation of a joint without the diagnostic blocks the
 * payer asks. Only an earlier lumbar/sacral denervation of the same joints (same side) makes this a
 * repeat, judged on the earlier relief instead; a denervation elsewhere waives nothing.
 */
public final class PriorBlocksInsufficient extends Rule {
  public PriorBlocksInsufficient() {
    super(
        "DOC-PRIOR-BLOCKS-INSUFFICIENT",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        true,
        "First denervation of a facet joint with fewer diagnostic blocks, or less relief, than the payer asks",
        Sources.EVICORE_208);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    var codes = ctx.codes();
    if (policy == null
        || !policy.facetDiagnosticBlocks().isSet()
        || !codes.isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return List.of();
    }
    List<String> firstTime = FacetCounting.firstTimeJoints(claim, codes);
    boolean levelsUnknown = FacetCounting.claimJoints(claim, codes).isEmpty();
    if (levelsUnknown
        ? !FacetCounting.priorSessions(claim, codes).isEmpty()
        : firstTime.isEmpty()) {
      return List.of();
    }
    var rule = policy.facetDiagnosticBlocks().value();
    var blocks =
        claim.documentation() == null
            ? List.<Claim.DiagnosticBlock>of()
            : claim.documentation().priorDiagnosticBlocks();
    // Contract v1.2: a block counts only when dated before the date of service, and only for the
    // joints it names (nerves read as joints) when it names any.
    List<Claim.DiagnosticBlock> qualifying =
        blocks.stream()
            .filter(b -> b.reliefPercent() != null && b.reliefPercent() >= rule.minReliefPercent())
            .filter(b -> b.date() != null && b.date().isBefore(claim.dateOfService()))
            .toList();
    List<String> shortOf = new ArrayList<>();
    long fewest = qualifying.size();
    for (String label : levelsUnknown ? List.of("") : firstTime) {
      String joint = label.contains(" (") ? label.substring(0, label.indexOf(" (")) : label;
      long n =
          qualifying.stream()
              .filter(
                  b ->
                      joint.isEmpty()
                          || b.levels().isEmpty()
                          || FacetCounting.joints(b.levels(), codes).contains(joint))
              .count();
      if (n < rule.count()) {
        shortOf.add(label);
        fewest = Math.min(fewest, n);
      }
    }
    if (!shortOf.isEmpty()) {
      String joints =
          levelsUnknown
              ? "a first denervation"
              : "the first denervation of " + String.join(", ", shortOf);
      out.add(
          finding(
              rule.severity(),
              "/documentation/priorDiagnosticBlocks",
              policy.payerName()
                  + " asks for "
                  + rule.count()
                  + " diagnostic blocks with at least "
                  + rule.minReliefPercent()
                  + "% relief, dated before the date of service, before "
                  + joints
                  + "; "
                  + fewest
                  + " documented.",
              policy.facetDiagnosticBlocks()));
    }
    return out;
  }
}
