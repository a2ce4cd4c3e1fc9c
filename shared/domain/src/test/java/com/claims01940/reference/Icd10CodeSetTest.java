package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A version read from the store is decoded when a claim first needs it, and only once. */
class Icd10CodeSetTest {
  static final TableVersion FY2026 =
      new TableVersion(
          ReferenceTable.ICD10CM,
          "FY2026",
          LocalDate.of(2025, 10, 1),
          LocalDate.of(2026, 9, 30),
          "test",
          null,
          3,
          null);

  final AtomicInteger decoded = new AtomicInteger();

  Icd10CodeSet lazy() {
    return Icd10CodeSet.decodedOnFirstUse(
        FY2026,
        () -> {
          decoded.incrementAndGet();
          return Icd10CodeSet.of(
              FY2026, Map.of("M545", false, "M5450", true, "M4816", true), Set.of("M4816"));
        });
  }

  @Test
  void choosingAVersionByDateDecodesNothing() {
    ReferenceData data =
        new ReferenceData(List.of(lazy()), List.of(), List.of(), List.of(), List.of());
    assertEquals("FY2026", data.icd10On(LocalDate.of(2026, 3, 1)).version().version());
    assertEquals(0, decoded.get());
  }

  @Test
  void theFirstLookupDecodesTheVersionOnce() {
    Icd10CodeSet set = lazy();
    assertTrue(set.isBillable("M54.50"));
    assertFalse(set.isBillable("M54.5"));
    assertEquals(List.of("M54.50"), set.billableUnder("M54.5"));
    assertEquals(Boolean.TRUE, set.namesLowBackRegion("M48.16"));
    assertEquals(1, decoded.get());
  }

  @Test
  void threadsAskingAtOnceShareOneDecoding() throws Exception {
    Icd10CodeSet set = lazy();
    var pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<Boolean> ask =
          () -> {
            start.await();
            return set.isBillable("M4816");
          };
      var answers = List.of(pool.submit(ask), pool.submit(ask), pool.submit(ask), pool.submit(ask));
      start.countDown();
      for (var a : answers) {
        assertTrue(a.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, decoded.get());
  }
}
