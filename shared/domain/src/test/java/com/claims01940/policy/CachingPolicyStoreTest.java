package com.claims01940.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingPolicyStoreTest {

  /** Counts loads of the seeded in-memory store; can be told to fail. */
  static final class Counting implements PolicyStore {
    final PolicyStore seeded = InMemoryPolicyStore.seeded();
    final AtomicInteger versionLoads = new AtomicInteger();
    final AtomicInteger payerLoads = new AtomicInteger();
    volatile boolean failing;
    volatile long loadMillis;

    @Override
    public List<PayerPolicy> versions(String payerId) {
      versionLoads.incrementAndGet();
      if (loadMillis > 0) {
        try {
          Thread.sleep(loadMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failing) {
        throw new PolicyStoreUnavailableException("down", null);
      }
      return seeded.versions(payerId);
    }

    @Override
    public List<PayerSummary> payers() {
      payerLoads.incrementAndGet();
      return seeded.payers();
    }
  }

  final Counting counting = new Counting();
  final AtomicLong now = new AtomicLong();
  final CachingPolicyStore cache =
      new CachingPolicyStore(counting, Duration.ofSeconds(300), now::get);

  @Test
  void oneLoadPerPayerPerTtl() {
    for (int i = 0; i < 100; i++) {
      cache.resolve(
          "MEDICARE", java.time.LocalDate.parse(i % 2 == 0 ? "2025-06-01" : "2026-06-01"));
      cache.resolve("medicare", java.time.LocalDate.parse("2026-06-01"));
    }
    assertEquals(1, counting.versionLoads.get());
    now.addAndGet(Duration.ofSeconds(299).toNanos());
    cache.versions("MEDICARE");
    assertEquals(1, counting.versionLoads.get());
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    cache.versions("MEDICARE");
    assertEquals(2, counting.versionLoads.get());
  }

  /** The bulk function's validating threads all miss at once on a payer's first claim. */
  @Test
  void concurrentMissesMakeOneLoad() throws Exception {
    counting.loadMillis = 100;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<List<PayerPolicy>>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return cache.versions("AETNA");
              }));
    }
    start.countDown();
    for (var answer : answers) {
      assertEquals(1, answer.get().size());
    }
    pool.shutdown();
    assertEquals(1, counting.versionLoads.get());
  }

  @Test
  void unknownPayersAreCachedBriefly() {
    cache.versions("ACME");
    cache.versions("ACME");
    assertEquals(1, counting.versionLoads.get());
    now.addAndGet(CachingPolicyStore.UNKNOWN_PAYER_TTL.toNanos() + 1);
    cache.versions("ACME");
    assertEquals(2, counting.versionLoads.get());
  }

  @Test
  void failuresAreNotCached() {
    counting.failing = true;
    assertThrows(PolicyStoreUnavailableException.class, () -> cache.versions("AETNA"));
    counting.failing = false;
    assertEquals(1, cache.versions("AETNA").size());
    assertEquals(2, counting.versionLoads.get());
  }

  @Test
  void zeroTtlAlwaysLoads() {
    var uncached = new CachingPolicyStore(counting, Duration.ZERO, now::get);
    uncached.versions("UHC");
    uncached.versions("UHC");
    uncached.payers();
    uncached.payers();
    assertEquals(2, counting.versionLoads.get());
    assertEquals(2, counting.payerLoads.get());
  }

  @Test
  void payerListIsCached() {
    cache.payers();
    cache.payers();
    assertEquals(1, counting.payerLoads.get());
  }
}
