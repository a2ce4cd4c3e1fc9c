package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ReferenceData;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules a scope covers over a claim, its policy resolution and the reference tables, in
 * catalogue order, then its phases over their findings: unverified payer values (an ERROR resting
 * on one becomes a WARNING, with COV-POLICY-UNVERIFIED beside it), checks that ran by shape only
 * for want of a reference table (COV-CODESET-NOT-LOADED), then rules that could not run. A rule
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
    CodeSets codes = CodeSets.load();
    return new RuleEngine(RuleCatalog.rules(codes), codes);
  }

  public CodeSets codes() {
    return codes;
  }

  public List<Finding> evaluate(
      Claim claim, Scope scope, PolicyResolution resolution, ReferenceData references) {
    RuleContext ctx = new RuleContext(resolution, codes, references);
    List<Finding> findings = new ArrayList<>();
    List<Finding> failures = new ArrayList<>();
    for (Rule rule : rules) {
      if (scope.covers(rule.aspect())) {
        try {
          findings.addAll(rule.evaluate(claim, ctx));
        } catch (RuntimeException e) {
          failures.add(failed(rule, e));
        }
      }
    }
    findings = new ArrayList<>(UnverifiedBasis.capped(findings));
    findings.addAll(UnverifiedBasis.of(findings));
    findings.addAll(ShapeOnlyChecks.of(claim, scope, references));
    findings.addAll(failures);
    return findings;
  }

  /** The exception's message may quote claim data, so only its type is reported. */
  private static Finding failed(Rule rule, RuntimeException e) {
    return new Finding(
        RuleCatalog.ENGINE_RULE_FAILED,
        rule.aspect(),
        Severity.ERROR,
        "",
        "Rule "
            + rule.code()
            + " could not be evaluated ("
            + e.getClass().getSimpleName()
            + "); the claim needs manual review.",
        Sources.ENGINE,
        List.of());
  }
}
