package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.FacetCounting;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/**
 * DOC-PRIOR-BLOCKS-INSUFFICIENT: the first denervation of a joint without the diagnostic blocks the payer
 * asks. Only an earlier lumbar/sacral denervation of the same joints (same side) makes this a repeat,
 * judged on the earlier relief instead; a denervation elsewhere waives nothing.
 */
public final class PriorBlocksInsufficient extends Rule {
  public PriorBlocksInsufficient() {
    super("DOC-PRIOR-BLOCKS-INSUFFICIENT", Aspect.DOCUMENTATION, Severity.WARNING, true,
        "First denervation of a facet joint with fewer diagnostic blocks, or less relief, than the payer asks",
        Sources.EVICORE_208);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    var codes = ctx.codes();
    if (policy == null || !policy.facetDiagnosticBlocks().isSet()
        || !codes.isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return;
    }
    List<String> firstTime = FacetCounting.firstTimeJoints(claim, codes);
    boolean levelsUnknown = FacetCounting.claimJoints(claim, codes).isEmpty();
    if (levelsUnknown ? !FacetCounting.priorSessions(claim, codes).isEmpty() : firstTime.isEmpty()) {
      return;
    }
    var rule = policy.facetDiagnosticBlocks().value();
    var blocks = claim.documentation() == null ? List.<Claim.DiagnosticBlock>of()
        : claim.documentation().priorDiagnosticBlocks();
    long qualifying = blocks.stream()
        .filter(b -> b.reliefPercent() != null && b.reliefPercent() >= rule.minReliefPercent()).count();
    if (qualifying < rule.count()) {
      String joints = levelsUnknown ? "a first denervation" : "the first denervation of " + String.join(", ", firstTime);
      report(ctx, rule.severity(), "/documentation/priorDiagnosticBlocks", policy.payerName() + " asks for "
          + rule.count() + " diagnostic blocks with at least " + rule.minReliefPercent() + "% relief before " + joints
          + "; " + qualifying + " documented.", policy.facetDiagnosticBlocks());
    }
  }
}
