package com.claims01940.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.awssdk.RefreshableCredentials;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStoreUnavailableException;
import com.claims01940.runtime.Log;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class PrimingTest {
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  @BeforeEach
  void captureLog() {
    Log.to(new PrintStream(logs, true));
  }

  @AfterEach
  void restoreLog() {
    Log.to(System.out);
  }

  /** Throws a checked exception without declaring it, as a step's code may. */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void everyStepRunsWithItsLinesSilencedAndAFailureOfAnyKindNeverStopsTheSnapshot() {
    List<String> ran = new ArrayList<>();
    List<Priming.Step> steps =
        List.of(
            new Priming.Step(
                "GET /v1/payers",
                () -> {
                  Log.info("request.done").emit();
                  ran.add("payers");
                }),
            new Priming.Step("an Error", () -> sneaky(new StackOverflowError())),
            new Priming.Step("an IOException", () -> sneaky(new IOException("disk"))),
            new Priming.Step("a RuntimeException", () -> sneaky(new IllegalStateException("503"))),
            new Priming.Step("GET /v1/rules", () -> ran.add("rules")));

    assertDoesNotThrow(() -> new Priming(() -> steps, () -> {}).beforeCheckpoint(null));

    assertEquals(List.of("payers", "rules"), ran, "a failed step does not stop the next");
    String log = logs.toString();
    assertTrue(!log.contains("request.done"), "a priming request is not logged as one: " + log);
    for (String error :
        List.of(
            "java.lang.StackOverflowError",
            "java.io.IOException",
            "java.lang.IllegalStateException")) {
      assertTrue(log.contains("\"error\":\"" + error + "\""), log);
    }
    assertTrue(log.contains("\"event\":\"snapstart.primed\",\"steps\":5,\"failed\":3"), log);
    assertTrue(!log.contains("disk") && !log.contains("503"), "messages are not logged: " + log);
  }

  @Test
  void stepsThatCannotEvenBeNamedAreLoggedNotThrown() {
    assertDoesNotThrow(
        () ->
            new Priming(
                    () -> {
                      throw new ExceptionInInitializerError("no resource");
                    },
                    () -> {})
                .beforeCheckpoint(null));
    assertTrue(logs.toString().contains("\"steps\":0,\"failed\":1"), logs.toString());
  }

  @Test
  void aRestoreActionThatFailsIsLoggedAndTheRestoreGoesOn() {
    AtomicBoolean ran = new AtomicBoolean();
    Priming priming =
        new Priming(
            List::of,
            () -> {
              ran.set(true);
              throw new NoClassDefFoundError("a holder class that failed to initialise");
            });
    assertDoesNotThrow(() -> priming.afterRestore(null));
    assertTrue(ran.get());
    assertTrue(logs.toString().contains("snapstart.restore-incomplete"), logs.toString());
  }

  @Test
  void renewingAfterRestoreRefreshesCredentialsAndForgetsEveryCachedTableAndPolicy() {
    AtomicInteger loads = new AtomicInteger();
    PolicyStore seeded = InMemoryPolicyStore.seeded();
    CachingPolicyStore policies =
        new CachingPolicyStore(
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
            },
            Duration.ofMinutes(5));
    // A distinct instance: what was read while priming.
    ReferenceData snapshotTime =
        new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of());
    AtomicBoolean down = new AtomicBoolean();
    CachingReferenceStore references =
        new CachingReferenceStore(
            () -> {
              if (down.get()) {
                throw new ReferenceStoreUnavailableException("down", null);
              }
              return snapshotTime;
            },
            Duration.ofMinutes(5),
            e -> {});
    AtomicInteger built = new AtomicInteger();
    RefreshableCredentials credentials =
        new RefreshableCredentials(
            () ->
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("key-" + built.incrementAndGet(), "s")));

    policies.versions("MEDICARE");
    references.current();
    var providerBefore = credentials.current();

    assertEquals(java.util.Set.of("MEDICARE"), Wiring.renew(credentials, policies, references));

    assertNotSame(providerBefore, credentials.current(), "a new credentials provider");
    policies.versions("MEDICARE");
    assertEquals(2, loads.get(), "policies are read again, not served from the snapshot");
    down.set(true);
    assertSame(
        ReferenceData.EMPTY,
        references.current(),
        "with the table unreadable after a restore, the snapshot's tables are not served");
  }
}
