package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.payment.PaymentCalculator;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.PolicyStore;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Scope;
import java.util.List;

/**
 * The service every entry point uses: look up the payer's policy and the reference tables, run the
 * engine, and compose the report: findings, outcome, the policy it rests on, and the payment
 * estimate where the scope covers coverage.
 */
public final class ClaimValidator {
  private final RuleEngine engine;
  private final PolicyStore policies;
  private final ReferenceStore references;

  /** A validator without reference tables: every check that needs one runs by shape only. */
  public ClaimValidator(RuleEngine engine, PolicyStore policies) {
    this(engine, policies, ReferenceStore.of(ReferenceData.EMPTY));
  }

  public ClaimValidator(RuleEngine engine, PolicyStore policies, ReferenceStore references) {
    this.engine = engine;
    this.policies = policies;
    this.references = references;
  }

  public PolicyStore policies() {
    return policies;
  }

  public ReferenceStore references() {
    return references;
  }

  /**
   * The same engine over one snapshot of the policies (a bulk file's {@code PolicySnapshot}) and of
   * the reference tables as they are now: a file is judged by one version of each.
   */
  public ClaimValidator snapshot(PolicyStore snapshotPolicies) {
    return new ClaimValidator(engine, snapshotPolicies, ReferenceStore.of(references.current()));
  }

  /**
   * Whether validating this scope reads the reference tables: the modifier table, ICD-10-CM and the
   * payment tables serve the modifiers and coverage aspects; documentation needs none.
   */
  public static boolean readsReferenceTables(Scope scope) {
    return scope.covers(Aspect.MODIFIERS) || scope.covers(Aspect.COVERAGE);
  }

  public ValidationReport validate(Claim claim, Scope scope) {
    PolicyResolution resolution = policies.resolve(claim.payerId(), claim.dateOfService());
    String contractor =
        claim.pricingLocality() == null ? null : claim.pricingLocality().contractor();
    boolean byJurisdiction =
        contractor != null
            && resolution instanceof PolicyResolution.Found f
            && !f.policy().jurisdictions().isEmpty();
    ReferenceData tables =
        readsReferenceTables(scope) || byJurisdiction ? references.current() : ReferenceData.EMPTY;
    if (byJurisdiction) {
      // Medicare by MAC jurisdiction (contract v1.2): the claim's contractor names it.
      PayerPolicy national = ((PolicyResolution.Found) resolution).policy();
      resolution =
          new PolicyResolution.Found(
              national.forJurisdiction(tables.jurisdictionOf(contractor, claim.dateOfService())));
    }
    List<Finding> findings = engine.evaluate(claim, scope, resolution, tables);
    PayerPolicy policy = resolution instanceof PolicyResolution.Found f ? f.policy() : null;
    var payment =
        policy != null && scope.covers(Aspect.COVERAGE)
            ? PaymentCalculator.estimate(claim, policy, engine.codes(), tables)
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
