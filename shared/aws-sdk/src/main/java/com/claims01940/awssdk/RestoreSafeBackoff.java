package com.claims01940.awssdk;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Exponential backoff with full jitter, as the SDK's own, but drawing from a generator that a
 * SnapStart restore reseeds ({@link #reseed()}). The SDK's strategies draw from {@code
 * ThreadLocalRandom}, whose state is part of the snapshot: every environment restored from one
 * snapshot would then retry at the same instants, which is what jitter is there to prevent.
 */
public final class RestoreSafeBackoff implements BackoffStrategy {
  private static volatile Random random = freshRandom();

  private final long baseMillis;
  private final long maxMillis;

  public RestoreSafeBackoff(Duration base, Duration max) {
    this.baseMillis = base.toMillis();
    this.maxMillis = max.toMillis();
  }

  /** A new seed for every client's jitter: after a restore, before the first request. */
  public static void reseed() {
    random = freshRandom();
  }

  /** The generator now in use (a test checks that a reseed replaced it). */
  static Random random() {
    return random;
  }

  private static Random freshRandom() {
    return new Random(new SecureRandom().nextLong());
  }

  /** A delay drawn uniformly from [0, min(max, base × 2^(attempt−1))]. */
  @Override
  public Duration computeDelay(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = Math.min(maxMillis, baseMillis << doublings);
    return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
  }
}
