package com.claims01940.bulk;

import com.claims01940.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The 837P-to-claim mapping kept as data ({@code x12-837p-mapping.json}). */
public record X12Mapping(
    String note,
    Map<String, String> claimFilingIndicatorPayers,
    Map<String, String> payerIdPayers,
    Map<String, String> taxonomyRoles,
    List<String> diagnosisQualifiers,
    List<String> anesthesiaProcedureQualifiers,
    String minutesUnit,
    Map<String, String> lateralityModifiers,
    String defaultUtcOffset) {

  public static X12Mapping load() {
    try (InputStream in = X12Mapping.class.getResourceAsStream("/x12-837p-mapping.json")) {
      return Json.MAPPER.readValue(in, X12Mapping.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
