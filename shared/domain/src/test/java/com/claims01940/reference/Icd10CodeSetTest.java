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

  @Test
  void lookupsBisectTheSortedCodes() {
    Icd10CodeSet set =
        Icd10CodeSet.of(
            FY2026,
            Map.of("M5451", true, "M5450", true, "M5459", false, "M546", true, "M48", false),
            Set.of("M5450"));
    assertEquals(List.of("M48", "M5450", "M5451", "M5459", "M546"), set.codes());
    assertEquals(
        List.of("M54.50", "M54.51"),
        set.billableUnder("M54.5"),
        "a prefix that is not itself a code still finds the codes under it; headers left out");
    assertEquals(List.of(), set.billableUnder("M54.6"), "nothing extends a billable leaf");
    assertEquals(List.of(), set.billableUnder("Z99"));
    assertFalse(set.contains("M54.5"));
    assertFalse(set.isBillable("M54.5"), "absent");
    assertFalse(set.isBillable("M54.59"), "a header");
    assertEquals(null, set.namesLowBackRegion("M54.5"));
    assertEquals(Boolean.FALSE, set.namesLowBackRegion("M54.51"));
  }

  @Test
  void storedCodesOutOfOrderAreRefused() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ReferenceRows.decode(FY2026, List.of("M5450\t1", "M545\t0")));
    assertEquals("FY2026: row 2 is not after M5450", e.getMessage());
    for (var rows :
        List.of(
            List.of("0M545", "9X"),
            List.of("0M545", "0M545"),
            List.of("0M545", "4"),
            List.of("0M545\tQ"),
            List.of("M545\tF"),
            List.of("0M545", "\tL"))) {
      org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class,
          () -> ReferenceRows.decode(FY2026, rows),
          rows.toString());
    }
  }

  static final Icd10CodeSet SMALL =
      Icd10CodeSet.of(
          FY2026,
          Map.of(
              "M4816", true, "M545", false, "M5450", true, "M5451", true, "M549", false, "M96",
              true, "M961", true),
          Set.of("M4816", "M5450"));

  /**
   * Stored rows say how much of the previous code each repeats, and mark only the flags the order
   * does not imply: M549 is a header with no code under it here, M96 billable with M961 under it.
   */
  @Test
  void storedRowsAreFrontCodedWithOnlyExceptionsMarked() {
    assertEquals(
        List.of("0M4816\tL", "1545", "40\tL", "41", "39\tF", "196\tF", "31"),
        ReferenceRows.encode(SMALL));
    Icd10CodeSet back = (Icd10CodeSet) ReferenceRows.decode(FY2026, ReferenceRows.encode(SMALL));
    assertEquals(SMALL.codes(), back.codes());
    for (String code : SMALL.codes()) {
      assertEquals(SMALL.isBillable(code), back.isBillable(code), code);
      assertEquals(SMALL.namesLowBackRegion(code), back.namesLowBackRegion(code), code);
    }
  }

  @Test
  void rowsStoredBeforeFrontCodingAreStillRead() {
    Icd10CodeSet old =
        (Icd10CodeSet)
            ReferenceRows.decode(
                FY2026,
                List.of(
                    "M4816\t1\tL",
                    "M545\t0",
                    "M5450\t1\tL",
                    "M5451\t1",
                    "M549\t0",
                    "M96\t1",
                    "M961\t1"));
    assertEquals(ReferenceRows.encode(SMALL), ReferenceRows.encode(old));
  }

  /** A whole year's worth of codes: the decoder's buffers grow past their first sizes. */
  @Test
  void aLargeVersionSurvivesItsStoredForm() {
    Map<String, Boolean> billable = new java.util.HashMap<>();
    Set<String> lowBack = new java.util.HashSet<>();
    for (int i = 0; i < 30_000; i++) {
      String header = String.format("Q%05d", i);
      billable.put(header, false);
      billable.put(header + "1", true);
      billable.put(header + "2", i % 7 == 0);
      if (i % 11 == 0) {
        lowBack.add(header + "1");
      }
    }
    Icd10CodeSet set = Icd10CodeSet.of(FY2026, billable, lowBack);
    List<String> rows = ReferenceRows.encode(set);
    Icd10CodeSet back =
        (Icd10CodeSet)
            ReferenceRows.decodeChunks(
                FY2026,
                List.of(
                    ReferenceRows.gzip(rows.subList(0, 40_000)),
                    ReferenceRows.gzip(rows.subList(40_000, rows.size()))));
    assertEquals(90_000, back.codes().size());
    assertEquals(rows, ReferenceRows.encode(back));
    assertTrue(back.isBillable("Q02999.1"));
    assertFalse(back.isBillable("Q02999.2"));
    assertTrue(back.isBillable("Q02996.2"), "2996 is a multiple of 7");
    assertEquals(List.of("Q02.9991"), back.billableUnder("Q02999"));
    assertEquals(Boolean.TRUE, back.namesLowBackRegion("Q02992.1"), "2992 is a multiple of 11");
  }

  @Test
  void anEmptyVersionAndARowSharingMoreThanTheCodeBeforeIt() {
    assertEquals(List.of(), ((Icd10CodeSet) ReferenceRows.decode(FY2026, List.of())).codes());
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ReferenceRows.decode(FY2026, List.of("0M5", "5X")));
    assertEquals("FY2026: row 2 is unreadable", e.getMessage());
  }
}
