package com.claims01940.policy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A per-container cache in front of any policy store: at most one load per payer per TTL (and one
 * payer list per TTL). Unknown payers are cached too, but only briefly, so a payer added to the
 * table shows up soon. Failures are not cached. A TTL of zero turns caching off.
 */
public final class CachingPolicyStore implements PolicyStore {
  /** The longest an "unknown payer" answer is kept. */
  public static final Duration UNKNOWN_PAYER_TTL = Duration.ofSeconds(30);

  private record Entry<T>(T value, long expiresAt) {}

  private final PolicyStore delegate;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Entry<List<PayerPolicy>>> versions =
      new ConcurrentHashMap<>();
  private volatile Entry<List<PayerSummary>> payers;

  public CachingPolicyStore(PolicyStore delegate, Duration ttl) {
    this(delegate, ttl, System::nanoTime);
  }

  public CachingPolicyStore(PolicyStore delegate, Duration ttl, LongSupplier nanoClock) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    this.nanoClock = nanoClock;
  }

  @Override
  public List<PayerPolicy> versions(String payerId) {
    String key = PolicyStore.payerKey(payerId);
    if (ttlNanos <= 0) {
      return delegate.versions(key);
    }
    Entry<List<PayerPolicy>> fresh = versions.get(key);
    if (fresh != null && nanoClock.getAsLong() - fresh.expiresAt() < 0) {
      return fresh.value();
    }
    // compute() serialises loads of one payer, so concurrent misses make one request, not many;
    // it locks, so the hit above (every claim but the first per payer and TTL) stays lock-free.
    return versions
        .compute(
            key,
            (k, cached) -> {
              long now = nanoClock.getAsLong();
              if (cached != null && now - cached.expiresAt() < 0) {
                return cached;
              }
              List<PayerPolicy> loaded = delegate.versions(k);
              long ttl =
                  loaded.isEmpty() ? Math.min(ttlNanos, UNKNOWN_PAYER_TTL.toNanos()) : ttlNanos;
              return new Entry<>(loaded, now + ttl);
            })
        .value();
  }

  /**
   * Forgets everything cached (a SnapStart restore must not serve policies from snapshot time);
   * returns the payers whose policies were cached, so that they can be read afresh.
   */
  public synchronized Set<String> clear() {
    Set<String> cached = Set.copyOf(versions.keySet());
    versions.clear();
    payers = null;
    return cached;
  }

  @Override
  public synchronized List<PayerSummary> payers() {
    long now = nanoClock.getAsLong();
    if (ttlNanos > 0 && payers != null && now - payers.expiresAt() < 0) {
      return payers.value();
    }
    List<PayerSummary> loaded = delegate.payers();
    payers = new Entry<>(loaded, now + ttlNanos);
    return loaded;
  }
}
