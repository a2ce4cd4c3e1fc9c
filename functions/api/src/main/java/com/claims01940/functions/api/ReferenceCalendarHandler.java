package com.claims01940.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.wiring.Wiring;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The daily reference-data check (EventBridge Scheduler, template.yaml): per table loaded, the days
 * left before the last date any of its versions covers, as the {@code ReferenceDataDaysLeft} metric
 * (negative once a table has run out) and a {@code reference.calendar} line; open-ended tables have
 * no end to count to. The alarm on it fires 30 days ahead (docs/operations.md "Reference-data
 * calendar"). Returns what it emitted, for the Lambda console and the tests.
 */
public final class ReferenceCalendarHandler
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final Supplier<ReferenceStore> references;
  private final Clock clock;

  public ReferenceCalendarHandler() {
    this(Wiring::references, Clock.systemUTC());
  }

  public ReferenceCalendarHandler(Supplier<ReferenceStore> references, Clock clock) {
    this.references = references;
    this.clock = clock;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<String, Object> daysLeft = new LinkedHashMap<>();
    references
        .get()
        .current()
        .coveredThrough()
        .forEach(
            (table, through) -> {
              if (through == null) {
                daysLeft.put(table, null);
                return;
              }
              long days = ChronoUnit.DAYS.between(today, through);
              daysLeft.put(table, days);
              Metrics.referenceDataDaysLeft(table, days);
              (days < 30 ? Log.warn("reference.calendar") : Log.info("reference.calendar"))
                  .id("table", table)
                  .id("coveredThrough", through.toString())
                  .count("daysLeft", days)
                  .emit();
            });
    return Map.of("date", today.toString(), "daysLeft", daysLeft);
  }
}
