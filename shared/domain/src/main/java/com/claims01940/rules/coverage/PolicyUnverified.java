package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.CodeSets;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import com.claims01940.policy.PolicyResolution;
import java.util.List;

import com.claims01940.policy.Param;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * COV-POLICY-UNVERIFIED: a finding that rests on a payer value not yet verified against the
 * payer's own text. Runs after every other rule of the request, whatever its aspect.
 */
public final class PolicyUnverified extends Rule {
  public PolicyUnverified() {
    super("COV-POLICY-UNVERIFIED", Aspect.COVERAGE, Severity.INFO, false,
        "A rule that fired rests on a payer value not verified against the payer's own text", Sources.POLICY_PROVENANCE);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    Set<String> seen = new LinkedHashSet<>();
    for (var finding : List.copyOf(ctx.findings())) {
      for (Param<?> p : finding.basis()) {
        if (!p.verified() && seen.add(finding.code() + "|" + p.name())) {
          report(ctx, finding.field(), finding.code() + " rests on the payer value '" + p.name()
              + "', which is not yet verified against the payer's own text (source: "
              + String.join("; ", p.sources()) + "). Check the contract.");
        }
      }
    }
  }
}
