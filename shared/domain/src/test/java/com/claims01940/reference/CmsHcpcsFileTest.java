package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CMS's HCPCS file read for its modifier records, on records of the January 2026 file. */
class CmsHcpcsFileTest {
  static final String NAME = "HCPC2026_JAN_ANWEB_01122026.txt";

  static byte[] records() {
    return ReferenceFixture.hcpcsRecords();
  }

  static String text() {
    return new String(records(), StandardCharsets.ISO_8859_1);
  }

  static ModifierSet parse(String name, String text, int year) {
    return CmsHcpcsFile.parse(name, text.getBytes(StandardCharsets.ISO_8859_1), year);
  }

  @Test
  void readsEveryModifierRecordWithItsDatesAndWholeDescription() {
    ModifierSet m = CmsHcpcsFile.parse(NAME, records(), 2026);
    Map<String, ModifierSet.Row> rows =
        m.rows().stream().collect(Collectors.toMap(ModifierSet.Row::code, r -> r));
    assertEquals(
        List.of("AA", "AB", "AD", "G8", "GD", "GF", "GJ", "JG", "JZ", "XS", "ZA"),
        m.rows().stream().map(ModifierSet.Row::code).toList(),
        "the modifier records, in file order; the procedure records (A0021, A0080) skipped");
    var gf = rows.get("GF");
    assertEquals("HCPCS", gf.level());
    assertEquals(LocalDate.of(2003, 4, 1), gf.effectiveFrom(), "the date CMS added it");
    assertNull(gf.effectiveTo());
    assertEquals(
        "Non-physician (e.g. nurse practitioner (np), certified registered nurse anesthetist"
            + " (crna), certified registered nurse (crn), clinical nurse specialist (cns),"
            + " physician assistant (pa)) services in a critical access hospital",
        gf.description(),
        "the first record's 80 characters and its continuation records, joined");
    assertEquals(
        "\"opt out\" physician or practitioner emergency or urgent service",
        rows.get("GJ").description());
    // The termination date is the last day it may be used; the action date after it is not.
    assertEquals(LocalDate.of(2024, 12, 31), rows.get("JG").effectiveTo());
    assertTrue(m.inForce("JG", LocalDate.of(2024, 12, 31)));
    assertFalse(m.inForce("JG", LocalDate.of(2025, 1, 1)));
    assertEquals(LocalDate.of(2019, 12, 31), rows.get("GD").effectiveTo());
    assertEquals(LocalDate.of(2016, 1, 1), rows.get("ZA").effectiveFrom());
    assertFalse(m.inForce("JZ", LocalDate.of(2022, 12, 31)));
    assertTrue(m.inForce("JZ", LocalDate.of(2023, 1, 1)));
  }

  @Test
  void theVersionIsTheQuarterTheNameSaysFromTheEarliestModifier() {
    TableVersion v = CmsHcpcsFile.parse(NAME, records(), 2026).version();
    assertEquals(ReferenceTable.HCPCS_MODIFIERS, v.table());
    assertEquals("2026 JAN", v.version());
    assertEquals(LocalDate.of(1984, 1, 1), v.effectiveFrom(), "AA and AD, added 1984-01-01");
    assertEquals(LocalDate.of(2026, 3, 31), v.effectiveTo(), "the April file may add modifiers");
    assertEquals(LocalDate.of(2026, 1, 12), v.released());
    assertEquals(11, v.entries());
    assertEquals(NAME, v.source());
    TableVersion october = CmsHcpcsFile.parse("hcpc2026_oct_anweb.txt", records(), 2026).version();
    assertEquals(LocalDate.of(2026, 12, 31), october.effectiveTo());
    assertNull(october.released(), "a name without CMS's release date");
  }

  @Test
  void unixLineEndsAndStrippedTrailingBlanksReadTheSame() {
    String stripped =
        text().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    assertEquals(
        CmsHcpcsFile.parse(NAME, records(), 2026).rows(), parse(NAME, stripped, 2026).rows());
  }

  @Test
  void readingTheSameFileTwiceGivesTheSameTable() {
    assertEquals(
        CmsHcpcsFile.parse(NAME, records(), 2026), CmsHcpcsFile.parse(NAME, records(), 2026));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hcpcs.txt|2026|is not named as CMS names its HCPCS file",
        "HCPC2026_MAY_ANWEB.txt|2026|is not named as CMS names its HCPCS file",
        "HCPC2025_JAN_ANWEB_01122025.txt|2026|is CMS's file for 2025, not for 2026",
      })
  void theNameMustSayTheQuarter(String name, int year, String message) {
    var e =
        assertThrows(ReferenceFileException.class, () -> CmsHcpcsFile.parse(name, records(), year));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  /** Each kind of bad record, made from a good one; every problem is named with its line. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "   AA001007|   AA001009|line 1: record type '9' is none of 3, 4, 7 or 8",
        "   AB002008|   AC002008|line 3: AC: a description line (type 8) with no modifier record",
        "1984010120010101        N|1984013220010101        N|line 1: AA: dates must be YYYYMMDD",
        "201801012025010120241231N|201801012025010120171231N|line 17: JG: terminated before it was"
            + " added",
        "   JZ001007|   GF001007|line 19: GF has a second first record (type 7)",
        "   XS001007|   X*001007|line 20: 'X*' is not a modifier",
      })
  void aBadRecordIsNamedWithItsLine(String good, String bad, String problem) {
    String text = text();
    assertTrue(text.contains(good), good);
    var e =
        assertThrows(
            ReferenceFileException.class,
            () -> parse(NAME, text.replaceFirst(java.util.regex.Pattern.quote(good), bad), 2026));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.toString().startsWith(problem)),
        e.problems().toString());
  }

  @Test
  void aCutRecordAndAFileWithoutModifiersAreRefused() {
    String cut = text().replaceFirst("(?m)^(   GF001007.{100}).*$", "$1");
    var e = assertThrows(ReferenceFileException.class, () -> parse(NAME, cut, 2026));
    assertEquals(
        "line 13: GF: the record ends at column 111, before its dates",
        e.problems().get(0).toString());
    String proceduresOnly =
        text().lines().filter(l -> !l.startsWith("   ")).collect(Collectors.joining("\n"));
    var none = assertThrows(ReferenceFileException.class, () -> parse(NAME, proceduresOnly, 2026));
    assertTrue(none.getMessage().contains("holds no modifier records"), none.getMessage());
  }

  /**
   * The shortest records read: a description line of no text (11 columns) and a first line cut
   * after its termination date (292 columns); a two-digit code is a CPT modifier.
   */
  @Test
  void shortestReadableRecordsAndATwoDigitCode() {
    String za = text().lines().filter(l -> l.startsWith("   ZA001007")).findFirst().orElseThrow();
    String cpt = "   22" + za.substring(5, 292);
    ModifierSet m = parse(NAME, cpt + "\n   22002008\n", 2026);
    assertEquals(292, cpt.length());
    var row = m.rows().get(0);
    assertEquals("CPT", row.level());
    assertEquals("Novartis/sandoz", row.description());
    assertEquals(LocalDate.of(2018, 3, 31), row.effectiveTo());
  }
}
