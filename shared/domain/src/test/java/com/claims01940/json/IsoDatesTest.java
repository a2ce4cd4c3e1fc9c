package com.claims01940.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates in and out of JSON: ISO-8601 text as the contract and the OpenAPI formats say. */
class IsoDatesTest {
  record Times(LocalDate date, Instant instant, OffsetDateTime dateTime) {}

  @Test
  void javaTimeValuesAreWrittenAsIsoText() throws JsonProcessingException {
    var times =
        new Times(
            LocalDate.of(2026, 1, 1),
            Instant.parse("2026-11-29T04:55:18.828020356Z"),
            OffsetDateTime.of(2026, 3, 14, 8, 2, 0, 0, ZoneOffset.ofHours(-5)));
    assertEquals(
        "{\"date\":\"2026-01-01\",\"instant\":\"2026-11-29T04:55:18.828020356Z\","
            + "\"dateTime\":\"2026-03-14T08:02:00-05:00\"}",
        Json.MAPPER.writeValueAsString(times));
  }

  @Test
  void datesAreReadStrictly() throws JsonProcessingException {
    record Dated(LocalDate from) {}
    assertEquals(
        LocalDate.of(2024, 2, 29),
        Json.MAPPER.readValue("{\"from\":\"2024-02-29\"}", Dated.class).from());
    assertNull(Json.MAPPER.readValue("{\"from\":null}", Dated.class).from());
    for (String bad : List.of("2025-02-29", "2026-1-01", "01/02/2026", "")) {
      assertThrows(
          JsonProcessingException.class,
          () -> Json.MAPPER.readValue("{\"from\":\"" + bad + "\"}", Dated.class),
          bad);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-14, 2026-03-14",
    "2025-02-29, ",
    "2026-13-01, ",
    "2026-03-14T00:00, ",
  })
  void theFastPathAndTheStrictFormatterAgree(String text, String expected) {
    assertEquals(expected == null ? null : LocalDate.parse(expected), IsoDates.date(text));
  }
}
