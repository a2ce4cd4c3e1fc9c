package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class Icd10OrderFileTest {
  static final String HEADER =
      "19881 M545    0 Low back pain                                                Low back pain";
  static final String CHILD =
      "19882 M5450   1 Low back pain, unspecified                                   Low back pain, unspecified";

  static Icd10CodeSet parse(String text, List<String> categories) {
    return Icd10OrderFile.parse(
        "test.txt", text.getBytes(StandardCharsets.UTF_8), 2026, categories);
  }

  static ReferenceFileException refused(String text, List<String> categories) {
    return assertThrows(ReferenceFileException.class, () -> parse(text, categories));
  }

  @Test
  void readsCodesFlagsAndTheFiscalYear() {
    Icd10CodeSet s = parse(HEADER + "\r\n" + CHILD + "\r\n", List.of());
    assertFalse(s.isBillable("M54.5"));
    assertTrue(s.contains("M54.5"));
    assertTrue(s.isBillable("M54.50"));
    assertEquals(List.of("M54.50"), s.billableUnder("M54.5"));
    assertEquals(LocalDate.of(2025, 10, 1), s.version().effectiveFrom());
    assertEquals(LocalDate.of(2026, 9, 30), s.version().effectiveTo());
    assertEquals("FY2026", s.version().version());
    assertEquals(2, s.version().entries());
    assertTrue(s.covers("Z99.89"), "a full file covers every code");
  }

  /**
   * The region is read from the long description (columns 78 on), once, at load; it survives the
   * stored form, and a code this version does not hold says nothing.
   */
  @Test
  void theLongDescriptionNamesTheRegion() {
    String lumbar =
        "19500 M4816   1 Spinal stenosis, lumbar region                               Spinal stenosis, lumbar region";
    String cervical =
        "19501 M4802   1 Spinal stenosis, cervical region                             Spinal stenosis, cervical region";
    String thoracolumbar =
        "19502 M4805   1 Spinal stenosis, thoracolumbar region                        "
            + "Spinal stenosis, thoracolumbar region";
    Icd10CodeSet s = parse(String.join("\n", lumbar, cervical, thoracolumbar), List.of("M4"));
    assertEquals(Boolean.TRUE, s.namesLowBackRegion("M48.16"));
    assertEquals(Boolean.FALSE, s.namesLowBackRegion("M48.02"));
    assertEquals(Boolean.TRUE, s.namesLowBackRegion("M48.05"));
    assertEquals(null, s.namesLowBackRegion("M48.06"), "not in this version");
    assertEquals(null, s.namesLowBackRegion("M54.50"), "outside the extract's categories");
    Icd10CodeSet full = parse(String.join("\n", cervical, HEADER, CHILD), List.of());
    assertEquals(Boolean.TRUE, full.namesLowBackRegion("M54.50"), "low back pain is the region");
    Icd10CodeSet stored = (Icd10CodeSet) ReferenceRows.decode(s.version(), ReferenceRows.encode(s));
    assertEquals(s.codes(), stored.codes());
    assertEquals(ReferenceRows.encode(s), ReferenceRows.encode(stored), "flags and region marks");
  }

  @Test
  void anExtractCoversItsCategoriesOnly() {
    Icd10CodeSet s = parse(HEADER + "\n" + CHILD + "\n", List.of("M54"));
    assertTrue(s.covers("M54.99"));
    assertFalse(s.covers("M47.816"));
    assertEquals(List.of("M54"), s.version().categories());
  }

  @Test
  void everyShippedExtractReadsAsTheManifestDeclaresIt() throws Exception {
    for (ReferenceContent c : ShippedReferenceData.read(ReferenceFixture.refdata())) {
      if (c instanceof Icd10CodeSet s) {
        assertTrue(s.version().entries() > 100, s.version() + " has its rows");
        // "base.txt" or, for a year made with CMS's addenda, "base.txt + addenda.txt".
        for (String file : s.version().source().split(" \\+ ")) {
          assertTrue(
              Files.exists(ReferenceFixture.refdata().resolve("icd10cm").resolve(file)), file);
        }
      }
    }
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a flag that is neither 0 nor 1
        "19881 M545    2 Low back pain                                                Low back pain"
            + "|1|the header flag is '2'",
        // a code with a dot
        "19881 M54.5   0 Low back pain                                                Low back pain"
            + "|1|is not an ICD-10-CM code written without its dot",
        // not fixed width
        "19881 M545 0 Low back pain|1|is not an order-file row",
        // no short description
        "19881 M545    0                                                              x|1|has no short description",
      })
  void aBadRowIsRefusedWithItsLineNumber(String row, int line, String problem) {
    ReferenceFileException e = refused(CHILD + "\n" + row + "\n", List.of());
    assertEquals(line + 1, e.problems().get(0).line(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains(problem), e.getMessage());
  }

  @Test
  void aDuplicateCodeIsRefused() {
    var e = refused(CHILD + "\n" + CHILD + "\n", List.of());
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("appears twice"));
  }

  @Test
  void aRowOutsideTheDeclaredCategoriesIsRefused() {
    var e = refused(HEADER + "\n" + CHILD + "\n", List.of("M47"));
    assertEquals(
        List.of(1, 2, 0),
        e.problems().stream().map(ReferenceFileException.Problem::line).toList(),
        "both rows, then: nothing left to load");
  }

  @Test
  void anEmptyFileOrABadCategoryIsRefused() {
    assertTrue(refused("\n\n", List.of()).getMessage().contains("holds no codes"));
    assertTrue(
        refused(CHILD, List.of("5X")).getMessage().contains("is not an ICD-10-CM code prefix"));
  }

  @Test
  void everyProblemIsNamedUpToTwenty() {
    String bad = "x\n".repeat(30);
    assertEquals(20, refused(bad, List.of()).problems().size());
  }
}
