package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;

/** DOC-PRIOR-BLOCKS-INSUFFICIENT: a first facet denervation without the diagnostic blocks the payer asks. */
public final class PriorBlocksInsufficient extends Rule {
  public PriorBlocksInsufficient() {
    super("DOC-PRIOR-BLOCKS-INSUFFICIENT", Aspect.DOCUMENTATION, Severity.WARNING, true,
        "Facet denervation with fewer diagnostic blocks, or less relief, than the payer asks", Sources.EVICORE_208);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var policy = ctx.policy();
    if (policy == null || !policy.facetDiagnosticBlocks().isSet() || !ctx.codes().isFacetDenervation(ClaimFacts.procedureCode(claim))) {
      return;
    }
    // Repeat denervations are judged on relief from the earlier one, not on diagnostic blocks.
    if (claim.history().stream().anyMatch(h -> ctx.codes().isFacetDenervation(h.procedureCode()))) {
      return;
    }
    var rule = policy.facetDiagnosticBlocks().value();
    var blocks = claim.documentation() == null ? java.util.List.<Claim.DiagnosticBlock>of() : claim.documentation().priorDiagnosticBlocks();
    long qualifying = blocks.stream()
        .filter(b -> b.reliefPercent() != null && b.reliefPercent() >= rule.minReliefPercent()).count();
    if (qualifying < rule.count()) {
      report(ctx, rule.severity(), "/documentation/priorDiagnosticBlocks", policy.payerName() + " asks for " + rule.count()
          + " diagnostic blocks with at least " + rule.minReliefPercent() + "% relief before a first denervation; "
          + qualifying + " documented.", policy.facetDiagnosticBlocks());
    }
  }
}
