package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.claims01940.testing.ReferenceFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why the FY2027 extract is the FY2026 extract's rows (refdata/README.md): CMS's FY2027 order
 * addenda, which lists every code added, deleted or retitled between the FY2026 and FY2027 order
 * files, touches none of the categories the extract declares.
 */
class Icd10Fy2027ExtractTest {
  static final Path ICD10CM = ReferenceFixture.refdata().resolve("icd10cm");

  /** The codes of the addenda's change lines ("Add:", "Delete:", "Revise from:", "Revise to:"). */
  static List<String> changedCodes() throws Exception {
    List<String> codes = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            ICD10CM.resolve("icd10cm_order_addenda_2027.txt"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("Add:")
          || line.startsWith("Delete:")
          || line.startsWith("Revise from:")
          || line.startsWith("Revise to:")) {
        codes.add(line.substring(15, 23).strip());
      }
    }
    return codes;
  }

  static List<String> declared(int year) throws Exception {
    JsonNode manifest =
        Json.MAPPER.readTree(ReferenceFixture.refdata().resolve("manifest.json").toFile());
    for (JsonNode entry : manifest.path("load")) {
      if (entry.path("table").asText().equals("icd10cm") && entry.path("year").asInt() == year) {
        List<String> categories = new ArrayList<>();
        entry.path("categories").forEach(c -> categories.add(c.asText().replace(".", "")));
        return categories;
      }
    }
    throw new AssertionError("no icd10cm " + year + " in the manifest");
  }

  @Test
  void theAddendaIsCmsFileOfThePublishedFigures() throws Exception {
    String text =
        Files.readString(
            ICD10CM.resolve("icd10cm_order_addenda_2027.txt"), StandardCharsets.US_ASCII);
    // The contract's published figures: FY2026 98,186 rows (74,719 codes), FY2027 98,403 (74,879).
    assertTrue(text.contains("  74719 codes in icd10cm_order_2026.txt"));
    assertTrue(text.contains("  74879 codes in icd10cm_order_2027.txt"));
    assertTrue(text.contains("  23467 headers in icd10cm_order_2026.txt"), "98,186 - 74,719");
    assertTrue(text.contains("  23524 headers in icd10cm_order_2027.txt"), "98,403 - 74,879");
    List<String> codes = changedCodes();
    assertEquals(297, codes.size(), "253 additions, 36 deletions, 4 retitles (from and to)");
    assertTrue(codes.contains("C7983") && codes.contains("Z6818"), "changes elsewhere are read");
  }

  @Test
  void fy2027ChangesNothingInTheDeclaredCategoriesSoItsRowsAreFy2026s() throws Exception {
    List<String> categories = declared(2027);
    assertEquals(declared(2026), categories);
    for (String code : changedCodes()) {
      assertTrue(
          categories.stream().noneMatch(code::startsWith),
          code + " changed in FY2027 inside a declared category");
    }
    assertArrayEquals(
        Files.readAllBytes(ICD10CM.resolve("icd10cm_order_2026_extract.txt")),
        Files.readAllBytes(ICD10CM.resolve("icd10cm_order_2027_extract.txt")));
  }
}
