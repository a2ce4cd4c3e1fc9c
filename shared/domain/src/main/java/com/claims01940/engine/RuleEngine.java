package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.payment.PaymentCalculator;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.CodeSets;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import com.claims01940.rules.coverage.PolicyUnverified;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules of one aspect (or all) over a claim and its policy resolution. Rules run in
 * catalogue order; COV-POLICY-UNVERIFIED always runs last so it sees every other finding. A rule
 * that throws becomes an ERROR finding naming it: never a crash, never a silent pass.
 */
public final class RuleEngine {
  private final List<Rule> rules;
  private final CodeSets codes;

  public RuleEngine(List<Rule> rules, CodeSets codes) {
    this.rules = List.copyOf(rules);
    this.codes = codes;
  }

  public static RuleEngine standard() {
    return new RuleEngine(RuleCatalog.rules(), CodeSets.load());
  }

  public CodeSets codes() {
    return codes;
  }

  public ValidationReport validate(Claim claim, Aspect aspect, PolicyResolution resolution) {
    RuleContext ctx = new RuleContext(resolution, codes);
    List<Finding> failures = new ArrayList<>();
    Rule last = null;
    for (Rule rule : rules) {
      if (rule instanceof PolicyUnverified) {
        last = rule;
      } else if (aspect == Aspect.ALL || rule.aspect() == aspect) {
        run(rule, claim, ctx, failures);
      }
    }
    if (last != null) {
      run(last, claim, ctx, failures);
    }
    List<Finding> findings = new ArrayList<>(ctx.findings());
    findings.addAll(failures);
    PayerPolicy policy = ctx.policy();
    var payment = policy != null && (aspect == Aspect.COVERAGE || aspect == Aspect.ALL)
        ? PaymentCalculator.estimate(claim, policy, codes) : null;
    return new ValidationReport(claim.claimId(), aspect, Outcome.of(findings), List.copyOf(findings),
        policy == null ? null : PolicySummary.of(policy), payment);
  }

  private static void run(Rule rule, Claim claim, RuleContext ctx, List<Finding> failures) {
    try {
      rule.evaluate(claim, ctx);
    } catch (RuntimeException e) {
      // The exception's message may quote claim data, so only its type is reported.
      failures.add(new Finding(RuleCatalog.ENGINE_RULE_FAILED, rule.aspect(), Severity.ERROR, "",
          "Rule " + rule.code() + " could not be evaluated (" + e.getClass().getSimpleName()
              + "); the claim needs manual review.", Sources.ENGINE, List.of()));
    }
  }
}
