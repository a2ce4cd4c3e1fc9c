package com.claims01940.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.http.testing.EventFixtures;
import com.claims01940.json.Json;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.runtime.Log;
import com.claims01940.testing.ReferenceFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceCalendarHandlerTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @SuppressWarnings("unchecked")
  Map<String, Object> run(ReferenceData data, String today) throws Exception {
    var handler =
        new ReferenceCalendarHandler(
            () -> ReferenceStore.of(data),
            Clock.fixed(Instant.parse(today + "T06:00:00Z"), ZoneOffset.UTC));
    Map<String, Object> event =
        Json.MAPPER.readValue(
            Files.readAllBytes(EventFixtures.eventsDir().resolve("reference-calendar.json")),
            Map.class);
    PrintStream previous = Log.to(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return handler.handleRequest(event, null);
    } finally {
      Log.to(previous);
    }
  }

  /** The shipped ICD-10-CM ends with FY2027: on 2027-11-03 it ran out 34 days before. */
  @Test
  void countsTheDaysLeftPerTableAndEmitsTheMetricTheAlarmWatches() throws Exception {
    var out = run(ReferenceFixture.shipped(), "2027-11-03");
    Map<?, ?> days = (Map<?, ?>) out.get("daysLeft");
    assertEquals(-34L, days.get("icd10cm"));
    assertEquals(null, days.get("modifiers"), "the modifier table is open-ended");
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(
        log.contains("\"ReferenceDataDaysLeft\":-34") && log.contains("\"Table\":\"icd10cm\""),
        log);
    assertTrue(log.contains("\"level\":\"WARN\"") && log.contains("reference.calendar"), log);
  }

  @Test
  void aTableWithMoreThanThirtyDaysIsOnlyInformation() throws Exception {
    var out = run(ReferenceFixture.shipped(), "2026-12-04");
    assertEquals(300L, ((Map<?, ?>) out.get("daysLeft")).get("icd10cm"), "to 2027-09-30");
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("\"ReferenceDataDaysLeft\":300"), log);
    assertTrue(
        log.lines()
            .filter(l -> l.contains("reference.calendar") && l.contains("icd10cm"))
            .allMatch(l -> l.contains("\"level\":\"INFO\"")),
        log);
  }

  @Test
  void nothingLoadedEmitsNothing() throws Exception {
    var out = run(ReferenceData.EMPTY, "2026-12-04");
    assertEquals(Map.of(), out.get("daysLeft"));
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }
}
