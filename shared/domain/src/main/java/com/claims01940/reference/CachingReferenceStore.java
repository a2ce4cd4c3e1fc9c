package com.claims01940.reference;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A per-container cache of the reference tables: one read per TTL (zero = every call). When a read
 * fails, the last tables read are served (or none: every check then runs by shape only and says so
 * with COV-CODESET-NOT-LOADED) and the failure is reported to {@code onFailure}; the read is
 * retried on the next call, since validation never stops for want of a reference table.
 */
public final class CachingReferenceStore implements ReferenceStore {
  private record Entry(ReferenceData data, long expiresAt) {}

  private final ReferenceStore delegate;
  private final long ttlNanos;
  private final LongSupplier nanoClock;
  private final Consumer<RuntimeException> onFailure;
  private volatile Entry entry;
  private volatile ReferenceData lastGood = ReferenceData.EMPTY;

  public CachingReferenceStore(
      ReferenceStore delegate, Duration ttl, Consumer<RuntimeException> onFailure) {
    this(delegate, ttl, onFailure, System::nanoTime);
  }

  public CachingReferenceStore(
      ReferenceStore delegate,
      Duration ttl,
      Consumer<RuntimeException> onFailure,
      LongSupplier nanoClock) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    this.onFailure = onFailure;
    this.nanoClock = nanoClock;
  }

  @Override
  public ReferenceData current() {
    Entry e = entry;
    if (e != null && nanoClock.getAsLong() - e.expiresAt() < 0) {
      return e.data();
    }
    return load();
  }

  private synchronized ReferenceData load() {
    long now = nanoClock.getAsLong();
    Entry e = entry;
    if (e != null && now - e.expiresAt() < 0) {
      return e.data();
    }
    try {
      ReferenceData data = delegate.current();
      lastGood = data;
      entry = ttlNanos > 0 ? new Entry(data, now + ttlNanos) : null;
      return data;
    } catch (ReferenceStoreUnavailableException failure) {
      onFailure.accept(failure);
      return lastGood;
    }
  }

  /**
   * Forgets the cached tables and the last good ones: a SnapStart restore reads them afresh, and
   * never falls back to tables read when the snapshot was taken, which may be weeks old.
   */
  public synchronized void clear() {
    entry = null;
    lastGood = ReferenceData.EMPTY;
  }
}
