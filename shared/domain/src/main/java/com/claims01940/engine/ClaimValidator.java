package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.policy.PolicyStore;
import com.claims01940.rules.Aspect;

/** The service every entry point uses: look up the payer's policy, then run the engine. */
public final class ClaimValidator {
  private final RuleEngine engine;
  private final PolicyStore policies;

  public ClaimValidator(RuleEngine engine, PolicyStore policies) {
    this.engine = engine;
    this.policies = policies;
  }

  public ValidationReport validate(Claim claim, Aspect aspect) {
    return engine.validate(claim, aspect, policies.resolve(claim.payerId(), claim.dateOfService()));
  }
}
