package com.claims01940.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A policy store over a fixed list of documents: the seed files, for tests and offline use. */
public final class InMemoryPolicyStore implements PolicyStore {
  private final List<PayerPolicy> policies;

  public InMemoryPolicyStore(List<JsonNode> documents) {
    this.policies = documents.stream().map(PolicyParser::parse).toList();
  }

  public static InMemoryPolicyStore seeded() {
    return new InMemoryPolicyStore(SeedPolicies.documents());
  }

  @Override
  public List<PayerPolicy> versions(String payerId) {
    String id = PolicyStore.payerKey(payerId);
    return policies.stream().filter(p -> p.payerId().equals(id)).toList();
  }

  @Override
  public List<PayerSummary> payers() {
    return PayerSummary.of(policies.stream().map(PayerSummary.Version::of).toList());
  }
}
