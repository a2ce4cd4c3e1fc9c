package com.claims01940.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.reference.ReferenceData;
import com.claims01940.rules.Scope;
import com.claims01940.testing.ClaimFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrimingTest {

  @Test
  void primesThroughTheRealStoresAndForgetsWhatTheyReadAfterRestore() {
    AtomicInteger loads = new AtomicInteger();
    PolicyStore seeded = InMemoryPolicyStore.seeded();
    PolicyStore counted =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            loads.incrementAndGet();
            return seeded.versions(payerId);
          }

          @Override
          public List<PayerSummary> payers() {
            return seeded.payers();
          }
        };
    CachingPolicyStore cache = new CachingPolicyStore(counted, Duration.ofMinutes(5));
    AtomicInteger referenceReads = new AtomicInteger();
    CachingReferenceStore references =
        new CachingReferenceStore(
            () -> {
              referenceReads.incrementAndGet();
              return ReferenceData.EMPTY;
            },
            Duration.ofMinutes(5),
            e -> {});
    ClaimValidator validator = new ClaimValidator(RuleEngine.standard(), cache, references);
    Priming priming = new Priming(() -> validator, () -> cache, () -> references);

    priming.beforeCheckpoint(null);
    assertEquals(1, loads.get(), "priming read the payer's policies once, through the store");
    validator.validate(ClaimFixture.clean().claim(), Scope.ALL);
    assertEquals(1, loads.get(), "and left them cached");
    assertEquals(1, referenceReads.get(), "the reference tables too");

    priming.afterRestore(null);
    validator.validate(ClaimFixture.clean().claim(), Scope.ALL);
    assertEquals(2, loads.get(), "a restored container reads fresh policies");
    assertEquals(2, referenceReads.get(), "and fresh reference tables");
  }
}
