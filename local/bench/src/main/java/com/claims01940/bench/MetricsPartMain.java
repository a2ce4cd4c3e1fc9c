package com.claims01940.bench;

import com.claims01940.runtime.Metrics;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;

/**
 * The baseline's work (Jackson parses the event) plus one metrics line, written by our own writer
 * ({@code ours}) or by the official EMF library ({@code library}), so the metrics benchmark can say
 * what each adds to a cold start.
 */
public final class MetricsPartMain {
  private MetricsPartMain() {}

  public static void main(String[] args) throws Exception {
    new ObjectMapper().readTree(new File(args[1]));
    if (args[0].equals("ours")) {
      Metrics.request("POST /v1/claims/validate", 200, 1.0);
    } else {
      MetricsLogger logger = new MetricsLogger();
      logger.setNamespace("Claims01940");
      logger.putDimensions(
          DimensionSet.of("Environment", "local", "Route", "POST /v1/claims/validate"));
      logger.putMetric("Requests", 1, Unit.COUNT);
      logger.putMetric("Latency", 1.0, Unit.MILLISECONDS);
      logger.flush();
    }
    System.out.println("{\"statusCode\":200}");
  }
}
