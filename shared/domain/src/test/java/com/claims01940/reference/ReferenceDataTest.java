package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
  static final ReferenceData SHIPPED = ReferenceFixture.shipped();

  @Test
  void theVersionInForceIsPickedByDateLikeAPolicy() {
    assertEquals("FY2025", SHIPPED.icd10On(LocalDate.of(2025, 9, 30)).version().version());
    assertEquals("FY2026", SHIPPED.icd10On(LocalDate.of(2025, 10, 1)).version().version());
    assertNull(SHIPPED.icd10On(LocalDate.of(2020, 9, 30)));
    assertEquals("FY2027", SHIPPED.icd10On(LocalDate.of(2026, 10, 1)).version().version());
    assertNull(SHIPPED.icd10On(LocalDate.of(2027, 10, 1)), "FY2028 is not loaded");
    assertEquals(
        "CY2025", SHIPPED.conversionFactorsOn(LocalDate.of(2025, 12, 31)).version().version());
    assertEquals(
        "CY2026", SHIPPED.conversionFactorsOn(LocalDate.of(2026, 1, 1)).version().version());
    assertNull(SHIPPED.conversionFactorsOn(LocalDate.of(2027, 1, 1)), "CY2027 is not loaded");
    assertNull(SHIPPED.baseUnitsOn(LocalDate.of(2025, 6, 1)));
    assertEquals(4, SHIPPED.baseUnitsOn(LocalDate.of(2022, 6, 1)).units().get("01940"));
  }

  /** Every contractor of CMS's CY2025 locality file has its MAC jurisdiction, each row sourced. */
  @Test
  void contractorsNameTheirMacJurisdiction() {
    LocalDate d = LocalDate.of(2026, 3, 14);
    assertEquals("JK", SHIPPED.jurisdictionOf("13202", d), "Manhattan: NGS");
    assertEquals("J6", SHIPPED.jurisdictionOf("06102", d), "Illinois: NGS");
    assertEquals("JN", SHIPPED.jurisdictionOf("09102", d), "Florida: First Coast");
    assertEquals("J15", SHIPPED.jurisdictionOf("15202", d), "Ohio: CGS");
    assertEquals("JL", SHIPPED.jurisdictionOf("12202", d), "DC and the Virginia suburbs");
    assertNull(SHIPPED.jurisdictionOf("99999", d));
    assertNull(SHIPPED.jurisdictionOf(null, d));
    var table = SHIPPED.jurisdictions().get(0).byContractor();
    for (var c : SHIPPED.conversionFactors().get(0).localities().values()) {
      assertTrue(table.containsKey(c.contractor()), c.contractor() + " has a jurisdiction");
    }
    assertTrue(table.values().stream().noneMatch(r -> r.source().isBlank()));
  }

  @Test
  void theListingIsByTableThenDate() {
    List<String> listed =
        SHIPPED.versions().stream().map(v -> v.name() + " " + v.version()).toList();
    assertEquals(
        List.of(
            "icd10cm FY2021",
            "icd10cm FY2022",
            "icd10cm FY2023",
            "icd10cm FY2024",
            "icd10cm FY2025",
            "icd10cm FY2026",
            "icd10cm FY2027",
            "modifiers as of 2023-01-01",
            "anesthesia-base-units CY2022",
            "anesthesia-conversion-factors CY2025",
            "anesthesia-conversion-factors CY2026",
            "mac-jurisdictions current"),
        listed);
  }

  @Test
  void everyShippedVersionAndCmsHcpcsListSurviveTheirStoredForm() throws Exception {
    List<ReferenceContent> decoded = new ArrayList<>();
    List<ReferenceContent> loaded =
        new ArrayList<>(ShippedReferenceData.read(ReferenceFixture.refdata()));
    loaded.add(
        CmsHcpcsFile.parse(
            "HCPC2026_JAN_ANWEB_01122026.txt", ReferenceFixture.hcpcsRecords(), 2026));
    for (ReferenceContent c : loaded) {
      // As ReferenceItems stores it: gzipped chunks (ICD-10-CM decoded on first use).
      List<String> rows = ReferenceRows.encode(c);
      int half = rows.size() / 2;
      ReferenceContent back =
          ReferenceRows.decodeChunks(
              c.version(),
              List.of(
                  ReferenceRows.gzip(rows.subList(0, half)),
                  ReferenceRows.gzip(rows.subList(half, rows.size()))));
      assertEquals(ReferenceRows.encode(c), ReferenceRows.encode(back), c.version().toString());
      decoded.add(back);
    }
    ReferenceData back = ReferenceRows.assemble(decoded);
    assertEquals(ReferenceRows.assemble(loaded).versions(), back.versions());
    LocalDate d = LocalDate.of(2026, 2, 10);
    assertEquals("2026 JAN", back.hcpcsModifiersOn(d).version().version());
    assertEquals("modifiers.csv", back.modifiersOn(d).version().source(), "two modifier tables");
  }

  @Test
  void aDeletedCodeIsFoundInTheLastYearItWasBillable() {
    String fy2021 =
        "00001 X999    1 Something                                                    Something\n";
    String fy2022 =
        "00001 X999    0 Something                                                    Something\n"
            + "00002 X9991   1 Something, more                                              Something, more\n";
    var data =
        ReferenceRows.assemble(
            List.of(
                Icd10OrderFile.parse("a", fy2021.getBytes(StandardCharsets.UTF_8), 2021, List.of()),
                Icd10OrderFile.parse(
                    "b", fy2022.getBytes(StandardCharsets.UTF_8), 2022, List.of())));
    assertEquals(
        "FY2021", data.lastBillableBefore("X99.9", LocalDate.of(2022, 3, 1)).version().version());
    assertNull(data.lastBillableBefore("X99.9", LocalDate.of(2021, 3, 1)));
  }

  @Test
  void theCacheReadsOncePerPeriodAndServesTheLastTablesWhenAReadFails() {
    AtomicInteger reads = new AtomicInteger();
    AtomicLong now = new AtomicLong();
    List<RuntimeException> failures = new ArrayList<>();
    ReferenceStore flaky =
        () -> {
          if (reads.incrementAndGet() == 2) {
            throw new ReferenceStoreUnavailableException("down", null);
          }
          return SHIPPED;
        };
    var cache = new CachingReferenceStore(flaky, Duration.ofSeconds(10), failures::add, now::get);
    assertSame(SHIPPED, cache.current());
    assertSame(SHIPPED, cache.current());
    assertEquals(1, reads.get(), "one read per period");
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertSame(SHIPPED, cache.current(), "the read failed: the last tables are served");
    assertEquals(1, failures.size());
    assertSame(SHIPPED, cache.current());
    assertEquals(3, reads.get(), "and the next call tries again");
  }

  @Test
  void withoutAnyTablesAFailedReadLeavesNone() {
    var cache =
        new CachingReferenceStore(
            () -> {
              throw new ReferenceStoreUnavailableException("down", null);
            },
            Duration.ZERO,
            e -> {});
    assertSame(ReferenceData.EMPTY, cache.current());
  }
}
