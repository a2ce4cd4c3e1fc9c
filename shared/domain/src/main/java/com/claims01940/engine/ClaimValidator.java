package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.payment.PaymentCalculator;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.PolicyStore;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Scope;
import java.util.List;

/**
 * The service every entry point uses: look up the payer's policy, run the engine, and compose the
 * report: findings, outcome, the policy it rests on, and the payment estimate where the scope
 * covers coverage.
 */
public final class ClaimValidator {
  private final RuleEngine engine;
  private final PolicyStore policies;

  public ClaimValidator(RuleEngine engine, PolicyStore policies) {
    this.engine = engine;
    this.policies = policies;
  }

  public PolicyStore policies() {
    return policies;
  }

  /** The same engine over other policies (a bulk file's {@code PolicySnapshot}). */
  public ClaimValidator withPolicies(PolicyStore other) {
    return new ClaimValidator(engine, other);
  }

  public ValidationReport validate(Claim claim, Scope scope) {
    PolicyResolution resolution = policies.resolve(claim.payerId(), claim.dateOfService());
    List<Finding> findings = engine.evaluate(claim, scope, resolution);
    PayerPolicy policy = resolution instanceof PolicyResolution.Found f ? f.policy() : null;
    var payment =
        policy != null && scope.covers(Aspect.COVERAGE)
            ? PaymentCalculator.estimate(claim, policy, engine.codes())
            : null;
    return new ValidationReport(
        claim.claimId(),
        scope,
        Outcome.of(findings),
        List.copyOf(findings),
        policy == null ? null : PolicySummary.of(policy),
        payment);
  }
}
