package com.claims01940.runtime.testing;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a line is valid Embedded Metric Format: the schema, then that every reference names a root
 * member.
 */
public final class EmfLines {
  private static final JsonSchema SCHEMA = schema();

  private EmfLines() {}

  private static JsonSchema schema() {
    try (InputStream in = EmfLines.class.getResourceAsStream("/emf/emf.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for a log line that carries metrics. */
  public static boolean isMetrics(JsonNode line) {
    return line.has("_aws");
  }

  /** Every problem with the line as EMF; empty when it is valid. */
  public static List<String> problems(JsonNode line) {
    List<String> out = new ArrayList<>();
    SCHEMA.validate(line).forEach(m -> out.add(m.getMessage()));
    for (JsonNode directive : line.path("_aws").path("CloudWatchMetrics")) {
      for (JsonNode set : directive.path("Dimensions")) {
        for (JsonNode name : set) {
          if (!line.path(name.asText()).isTextual()) {
            out.add("dimension " + name.asText() + " is not a string member of the root");
          }
        }
      }
      for (JsonNode metric : directive.path("Metrics")) {
        if (!line.path(metric.path("Name").asText()).isNumber()) {
          out.add("metric " + metric.path("Name").asText() + " is not a number member of the root");
        }
      }
    }
    return out;
  }
}
