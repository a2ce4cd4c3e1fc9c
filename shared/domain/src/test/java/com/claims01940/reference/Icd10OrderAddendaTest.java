package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Icd10OrderAddendaTest {
  static String row(int order, String code, int flag, String title) {
    return String.format("%05d %-7s %d %-60s %s%n", order, code, flag, title, title);
  }

  static String change(String action, int flag, String code, String title) {
    return String.format("%-13s%d %-7s %-60s %s%n", action, flag, code, title, title);
  }

  static String counts(int year, int headers, int codes) {
    return String.format(
        "  %5d headers in icd10cm_order_%d.txt%n  %5d codes in icd10cm_order_%d.txt%n",
        headers, year, codes, year);
  }

  /** A whole (tiny) FY2026 file: 2 headers, 3 codes. */
  static final String BASE =
      row(1, "M54", 0, "Dorsalgia")
          + row(2, "M545", 0, "Low back pain")
          + row(3, "M5450", 1, "Low back pain, unspecified")
          + row(4, "M5451", 1, "Vertebrogenic low back pain")
          + row(5, "Z681", 1, "Body mass index [BMI] 19.9 or less, adult");

  /** CMS's shape: changes, then counts of both years. */
  static final String ADDENDA =
      change("Delete:", 1, "Z681", "Body mass index [BMI] 19.9 or less, adult")
          + change("Add:", 0, "Z681", "Body mass index [BMI] 19.9 or less, adult")
          + change("Add:", 1, "Z6818", "Body mass index [BMI] 18.4 or less, adult")
          + change("Revise from:", 1, "M5451", "Vertebrogenic low back pain")
          + change("Revise to:", 1, "M5451", "Vertebrogenic pain")
          + "\r\nHeaders\r\n"
          + counts(2026, 2, 3)
          + "      1 additions\r\nof which\r\n"
          + "Codes\r\n"
          + counts(2027, 3, 3);

  static Icd10CodeSet apply(String base, String addenda, List<String> categories) {
    return Icd10OrderFile.parse(
        "icd10cm_order_2026.txt",
        base.getBytes(StandardCharsets.US_ASCII),
        2027,
        categories,
        "icd10cm_order_addenda_2027.txt",
        addenda.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theAddendaTurnsLastYearsFileIntoThisYears() {
    Icd10CodeSet fy2027 = apply(BASE, ADDENDA, List.of());
    assertTrue(fy2027.contains("Z68.1") && !fy2027.isBillable("Z68.1"), "now a header");
    assertTrue(fy2027.isBillable("Z68.18"));
    assertTrue(fy2027.isBillable("M54.50"));
    assertTrue(fy2027.namesLowBackRegion("M54.50"));
    assertFalse(fy2027.namesLowBackRegion("M54.51"), "retitled: no longer names the low back");
    assertEquals("FY2027", fy2027.version().version());
    assertEquals(LocalDate.of(2026, 10, 1), fy2027.version().effectiveFrom());
    assertEquals(
        "icd10cm_order_2026.txt + icd10cm_order_addenda_2027.txt", fy2027.version().source());
    assertEquals(6, fy2027.version().entries());
  }

  @Test
  void anExtractTakesTheChangesInItsCategoriesOnly() {
    String lowBack =
        BASE.replace(row(5, "Z681", 1, "Body mass index [BMI] 19.9 or less, adult"), "");
    Icd10CodeSet m54 = apply(lowBack, ADDENDA, List.of("M54"));
    assertTrue(m54.isBillable("M54.51"));
    assertFalse(m54.contains("Z68.18"), "outside the categories: left out");
    assertEquals(4, m54.version().entries(), "no Z68 codes, and no count check on an extract");
    assertEquals(List.of("M54"), m54.version().categories());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Add:|0|M545|is added but is already in the order file",
        "Delete:|1|M546|is not in the order file as the addenda says",
        "Delete:|0|M5450|is not in the order file as the addenda says",
        "Revise to:|1|M5450|must come in pairs",
        "Remove:|1|M5450|is not an addenda line",
        "Add:|7|M5452|is not a 0/1 flag and an ICD-10-CM code",
      })
  void eachKindOfBadLineIsNamedAndNothingIsApplied(
      String action, int flag, String code, String problem) {
    String bad = change(action, flag, code, "Some title") + ADDENDA;
    var e = assertThrows(ReferenceFileException.class, () -> apply(BASE, bad, List.of()));
    assertEquals("icd10cm_order_addenda_2027.txt", e.file());
    assertTrue(e.getMessage().contains("line 1: "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aRevisionWithoutItsSecondHalfIsRefused() {
    String cut =
        change("Revise from:", 1, "M5450", "Low back pain, unspecified")
            + counts(2026, 2, 3)
            + counts(2027, 2, 3);
    var e = assertThrows(ReferenceFileException.class, () -> apply(BASE, cut, List.of()));
    assertTrue(e.getMessage().contains("has no 'Revise to:'"), e.getMessage());
  }

  @Test
  void theCountsMustBeThoseOfTheYearAndOfAWholeBase() {
    var wrongYear =
        assertThrows(
            ReferenceFileException.class,
            () -> apply(BASE, ADDENDA.replace("2027.txt", "2028.txt"), List.of()));
    assertTrue(
        wrongYear.getMessage().contains("it is not the addenda of FY2027"), wrongYear.getMessage());
    var wrongBase =
        assertThrows(
            ReferenceFileException.class,
            () ->
                apply(
                    BASE + row(6, "Z682", 1, "Body mass index [BMI] 20-24, adult"),
                    ADDENDA,
                    List.of()));
    assertTrue(
        wrongBase
            .problems()
            .toString()
            .contains("has 4 codes before the addenda, where the addenda counts 3"),
        wrongBase.problems().toString());
  }

  /**
   * CMS's FY2027 addenda as shipped: its counts are the contract's published figures, and applied
   * to the FY2026 extract it gives the FY2027 version the seed loads.
   */
  @Test
  void theShippedAddendaIsCmsFileOfThePublishedFigures() throws Exception {
    String text =
        Files.readString(
            ReferenceFixture.refdata().resolve("icd10cm/icd10cm_order_addenda_2027.txt"),
            StandardCharsets.US_ASCII);
    // FY2026 98,186 rows (74,719 codes), FY2027 98,403 (74,879).
    assertTrue(text.contains("  74719 codes in icd10cm_order_2026.txt"));
    assertTrue(text.contains("  74879 codes in icd10cm_order_2027.txt"));
    assertTrue(text.contains("  23467 headers in icd10cm_order_2026.txt"), "98,186 - 74,719");
    assertTrue(text.contains("  23524 headers in icd10cm_order_2027.txt"), "98,403 - 74,879");
    ReferenceData shipped = ReferenceFixture.shipped();
    Icd10CodeSet fy2027 = shipped.icd10On(LocalDate.of(2026, 11, 10));
    Icd10CodeSet fy2026 = shipped.icd10On(LocalDate.of(2026, 9, 30));
    assertEquals("FY2027", fy2027.version().version());
    assertTrue(fy2027.contains("M54.5") && !fy2027.isBillable("M54.5"), "a header");
    List<String> added = new java.util.ArrayList<>(fy2027.codes());
    added.removeAll(fy2026.codes());
    assertEquals(List.of("C7831", "C7832", "C7983"), added, "FY2027's additions in the categories");
    assertEquals(fy2026.codes().size() + 3, fy2027.codes().size(), "and nothing deleted there");
    assertNull(shipped.icd10On(LocalDate.of(2027, 10, 1)));
  }
}
