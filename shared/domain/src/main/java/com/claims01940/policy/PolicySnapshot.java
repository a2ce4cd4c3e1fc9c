package com.claims01940.policy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One read of each payer's policies, kept for as long as this object lives: a bulk file is
 * validated against one snapshot, so a policy edit or a cache expiry halfway through cannot split
 * it between two versions, and a store without caching is asked once per payer, not once per
 * record. Failures are not kept (they abort the file anyway).
 */
public final class PolicySnapshot implements PolicyStore {
  private final PolicyStore delegate;
  private final ConcurrentHashMap<String, List<PayerPolicy>> versions = new ConcurrentHashMap<>();

  public PolicySnapshot(PolicyStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<PayerPolicy> versions(String payerId) {
    // computeIfAbsent locks per key: concurrent first lookups of one payer make one read.
    return versions.computeIfAbsent(PolicyStore.payerKey(payerId), delegate::versions);
  }

  @Override
  public List<PayerSummary> payers() {
    return delegate.payers();
  }
}
