package com.claims01940.runtime;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch metrics as Embedded Metric Format lines: one JSON object per line on standard output,
 * which CloudWatch Logs turns into metrics (no API call, no permission beyond the log group's). A
 * small writer of our own rather than the official library: see README "Metrics" for the
 * measurement.
 *
 * <p>Every metric carries the {@code Environment} dimension (one value per stack) and only
 * low-cardinality dimensions besides: route, status class, aspect, outcome, a payer id only when a
 * policy exists for it, finding code, failure cause, bulk format. Never a claim id or anything
 * about a patient.
 */
public final class Metrics {
  /** Every metric this service writes, with the dimension sets it is written under. */
  public enum Metric {
    REQUESTS("Requests", "Count", List.of(List.of("Route"), List.of("Route", "StatusClass"))),
    LATENCY("Latency", "Milliseconds", List.of(List.of("Route"), List.of("Route", "StatusClass"))),
    VALIDATIONS(
        "Validations",
        "Count",
        List.of(List.of("Aspect", "Outcome", "PayerId"), List.of("Outcome"))),
    FINDINGS("Findings", "Count", List.of(List.of("Code"))),
    POLICY_STORE_FAILURES("PolicyStoreFailures", "Count", List.of(List.of(), List.of("Cause"))),
    BULK_FILES("BulkFiles", "Count", List.of(List.of(), List.of("Format"))),
    BULK_RECORDS("BulkRecords", "Count", List.of(List.of(), List.of("Format"))),
    BULK_ERRORS("BulkErrors", "Count", List.of(List.of(), List.of("Format"))),
    BULK_RECORDS_PER_SECOND(
        "BulkRecordsPerSecond", "Count/Second", List.of(List.of(), List.of("Format"))),
    REFERENCE_DATA_DAYS_LEFT("ReferenceDataDaysLeft", "Count", List.of(List.of("Table")));

    public final String metricName;
    public final String unit;

    /** Dimension sets besides {@code Environment}, which every set starts with. */
    public final List<List<String>> dimensionSets;

    Metric(String metricName, String unit, List<List<String>> dimensionSets) {
      this.metricName = metricName;
      this.unit = unit;
      this.dimensionSets = dimensionSets;
    }
  }

  public static final String ENVIRONMENT = "Environment";

  /** Causes of a policy-store failure: DynamoDB cannot be read, or a stored item does not parse. */
  public static final String UNAVAILABLE = "UNAVAILABLE";

  public static final String MALFORMED = "MALFORMED";

  /** A payer id is a dimension only when a policy exists for it; any other id is this. */
  public static final String UNKNOWN_PAYER = "UNKNOWN";

  private static final String NAMESPACE = Settings.current().metricsNamespace();
  private static final String ENVIRONMENT_NAME = Settings.current().metricsEnvironment();

  private Metrics() {}

  /** One answered API request: how many, and how long, by route and status class. */
  public static void request(String route, int status, double millis) {
    line(
        List.of(Metric.REQUESTS, Metric.LATENCY),
        Map.of("Route", route, "StatusClass", status / 100 + "xx"),
        List.of(1, Math.round(millis * 100) / 100.0));
  }

  /** One validated claim, and a line per distinct finding code with how often it was found. */
  public static void validated(
      String aspect, String outcome, String payerId, Collection<String> codes) {
    line(
        List.of(Metric.VALIDATIONS),
        Map.of("Aspect", aspect, "Outcome", outcome, "PayerId", payerId),
        List.of(1));
    findings(counts(codes));
  }

  public static void findings(Map<String, Integer> byCode) {
    byCode.forEach((code, n) -> line(List.of(Metric.FINDINGS), Map.of("Code", code), List.of(n)));
  }

  /** Payer policies could not be read (UNAVAILABLE) or an item does not parse (MALFORMED). */
  public static void policyStoreFailure(String cause) {
    line(List.of(Metric.POLICY_STORE_FAILURES), Map.of("Cause", cause), List.of(1));
  }

  /** One bulk file: its records, error lines and throughput. */
  public static void bulkFile(String format, long records, long errors, double recordsPerSecond) {
    line(
        List.of(
            Metric.BULK_FILES,
            Metric.BULK_RECORDS,
            Metric.BULK_ERRORS,
            Metric.BULK_RECORDS_PER_SECOND),
        Map.of("Format", format),
        List.of(1, records, errors, Math.round(recordsPerSecond * 10) / 10.0));
  }

  /** Days from today to the last date a reference table covers (negative: it has run out). */
  public static void referenceDataDaysLeft(String table, long days) {
    line(List.of(Metric.REFERENCE_DATA_DAYS_LEFT), Map.of("Table", table), List.of(days));
  }

  private static Map<String, Integer> counts(Collection<String> codes) {
    Map<String, Integer> out = new LinkedHashMap<>();
    codes.forEach(c -> out.merge(c, 1, Integer::sum));
    return out;
  }

  /**
   * Writes one EMF object: the metrics share one directive, so they must share their dimension
   * sets; the dimension values and metric values are the object's own members.
   */
  static void line(List<Metric> metrics, Map<String, String> dimensions, List<Number> values) {
    StringBuilder s = new StringBuilder(320);
    s.append("{\"_aws\":{\"Timestamp\":")
        .append(System.currentTimeMillis())
        .append(",\"CloudWatchMetrics\":[{");
    s.append("\"Namespace\":");
    string(s, NAMESPACE);
    s.append(",\"Dimensions\":[");
    List<String> sets = new ArrayList<>();
    for (List<String> set : metrics.get(0).dimensionSets) {
      StringBuilder d = new StringBuilder("[");
      string(d, ENVIRONMENT);
      for (String name : set) {
        d.append(',');
        string(d, name);
      }
      sets.add(d.append(']').toString());
    }
    s.append(String.join(",", sets)).append("],\"Metrics\":[");
    for (int i = 0; i < metrics.size(); i++) {
      s.append(i == 0 ? "" : ",").append("{\"Name\":");
      string(s, metrics.get(i).metricName);
      s.append(",\"Unit\":");
      string(s, metrics.get(i).unit);
      s.append('}');
    }
    s.append("]}]}");
    member(s, ENVIRONMENT, ENVIRONMENT_NAME);
    dimensions.forEach((k, v) -> member(s, k, v));
    for (int i = 0; i < metrics.size(); i++) {
      s.append(',');
      string(s, metrics.get(i).metricName);
      s.append(':').append(values.get(i));
    }
    Log.write(s.append('}'));
  }

  private static void member(StringBuilder s, String key, String value) {
    s.append(',');
    string(s, key);
    s.append(':');
    string(s, value);
  }

  private static void string(StringBuilder s, String value) {
    s.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, s);
    s.append('"');
  }
}
