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
    static final PolicyStore POLICIES = build();
    static final ClaimValidator VALIDATOR = new ClaimValidator(RuleEngine.standard(), POLICIES);

    private static PolicyStore build() {
      AwsSettings settings = AwsSettings.from(Env.all());
      return new CachingPolicyStore(new DynamoDbPolicyStore(Clients.dynamoDb(settings), settings.policyTable()),
          settings.policyCacheTtl());
    }
  }

  public static PolicyStore policies() {
    return Holder.POLICIES;
  }

  public static ClaimValidator validator() {
    return Holder.VALIDATOR;
  }
}
