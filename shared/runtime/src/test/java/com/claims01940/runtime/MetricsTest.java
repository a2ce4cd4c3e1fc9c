package com.claims01940.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.claims01940.runtime.testing.EmfLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    Log.to(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    Log.to(System.out);
  }

  List<JsonNode> lines() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).lines().toList()) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void everyKindOfLineIsValidEmf() throws IOException {
    Metrics.request("POST /v1/claims/validate", 200, 12.3456);
    Metrics.validated(
        "ALL",
        "FAIL",
        "MEDICARE",
        List.of("MOD-PRICING-MISSING", "COV-POLICY-UNVERIFIED", "MOD-PRICING-MISSING"));
    Metrics.policyStoreFailure(Metrics.UNAVAILABLE);
    Metrics.bulkFile("NDJSON", 1000, 3, 2500.04);
    List<JsonNode> lines = lines();
    assertEquals(6, lines.size(), "request, validation, two finding codes, failure, bulk file");
    for (JsonNode line : lines) {
      assertEquals(List.of(), EmfLines.problems(line), line.toString());
      assertEquals("local", line.path("Environment").asText());
      assertEquals(
          "Claims01940",
          line.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText());
    }
    assertEquals(12.35, lines.get(0).path("Latency").asDouble());
    assertEquals("2xx", lines.get(0).path("StatusClass").asText());
    assertEquals(2, lines.get(2).path("Findings").asInt(), "MOD-PRICING-MISSING twice");
    assertEquals("UNAVAILABLE", lines.get(4).path("Cause").asText());
    assertEquals(2500.0, lines.get(5).path("BulkRecordsPerSecond").asDouble());
  }

  /**
   * Each metric is written under exactly the dimension sets its catalogue entry declares (the
   * alarms rely on them).
   */
  @Test
  void dimensionSetsAreTheCatalogues() throws IOException {
    Metrics.request("GET /v1/payers", 503, 1);
    Metrics.validated("COVERAGE", "PASS", Metrics.UNKNOWN_PAYER, List.of());
    Metrics.policyStoreFailure(Metrics.MALFORMED);
    Metrics.bulkFile("CSV", 1, 0, 1);
    Map<String, Metrics.Metric> byName = new java.util.HashMap<>();
    for (Metrics.Metric m : Metrics.Metric.values()) {
      byName.put(m.metricName, m);
    }
    Set<String> seen = new TreeSet<>();
    for (JsonNode line : lines()) {
      JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
      for (JsonNode metric : directive.path("Metrics")) {
        Metrics.Metric m = byName.get(metric.path("Name").asText());
        seen.add(m.metricName);
        assertEquals(m.unit, metric.path("Unit").asText());
        List<List<String>> expected =
            m.dimensionSets.stream()
                .map(
                    set -> {
                      List<String> d = new ArrayList<>(List.of(Metrics.ENVIRONMENT));
                      d.addAll(set);
                      return d;
                    })
                .toList();
        assertEquals(expected, Json.MAPPER.convertValue(directive.path("Dimensions"), List.class));
      }
    }
    assertTrue(
        seen.containsAll(
            List.of("Requests", "Latency", "Validations", "PolicyStoreFailures", "BulkFiles")));
  }

  @Test
  void theCheckCanFail() throws IOException {
    Metrics.request("GET /v1/rules", 200, 1);
    ObjectNode broken = (ObjectNode) lines().get(0);
    broken.remove("Route");
    ((ObjectNode) broken.path("_aws").path("CloudWatchMetrics").get(0).path("Metrics").get(0))
        .put("Unit", "Apples");
    List<String> problems = EmfLines.problems(broken);
    assertTrue(problems.stream().anyMatch(p -> p.contains("dimension Route")), problems.toString());
    assertTrue(problems.size() >= 2, problems.toString());
    assertFalse(EmfLines.problems(Json.MAPPER.readTree("{\"_aws\":{}}")).isEmpty());
  }
}
