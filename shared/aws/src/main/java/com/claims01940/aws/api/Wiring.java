package com.claims01940.aws.api;

import com.claims01940.aws.AwsSettings;
import com.claims01940.aws.Clients;
import com.claims01940.aws.policy.DynamoDbPolicyStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.PolicyStore;

/**
 * What a function container builds once, on first use: the DynamoDB client (from the settings
 * template.yaml provides), the cached policy store, and the rule engine.
 */
public final class Wiring {
  private Wiring() {}

  private static final class Holder {
    static final CachingPolicyStore POLICIES = build();
    static final ClaimValidator VALIDATOR = new ClaimValidator(RuleEngine.standard(), POLICIES);

    private static CachingPolicyStore build() {
      AwsSettings settings = AwsSettings.from(Env.all());
      return new CachingPolicyStore(new DynamoDbPolicyStore(Clients.dynamoDb(settings), settings.policyTable()),
          settings.policyCacheTtl());
    }
  }

  /** Held here because CRaC keeps only weak references to registered resources. */
  private static Priming priming;

  /**
   * Called by the handlers' runtime constructors: with SnapStart, the snapshot is primed; without
   * it nothing happens, and the wiring stays lazy until the first request that needs it.
   */
  public static synchronized void primeOnSnapshot() {
    if (priming == null) {
      priming = new Priming(Wiring::validator, () -> Holder.POLICIES);
      org.crac.Core.getGlobalContext().register(priming);
    }
  }

  public static PolicyStore policies() {
    return Holder.POLICIES;
  }

  public static ClaimValidator validator() {
    return Holder.VALIDATOR;
  }
}
