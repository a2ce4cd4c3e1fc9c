package com.claims01940.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @AfterEach
  void restore() {
    Log.to(System.out);
  }

  private JsonNode emitted() throws Exception {
    String text = captured.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), "one line per event: " + text);
    return Json.MAPPER.readTree(text);
  }

  @Test
  void writesOneJsonObjectWithEveryFieldInOrder() throws Exception {
    Log.to(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Log.info("claim.validated")
        .id("claimId", "C-1")
        .count("status", 200)
        .codes("codes", List.of("MOD-A", "DOC-B"))
        .id("payerId", null)
        .emit();
    JsonNode line = emitted();
    assertEquals(
        "{\"level\":\"INFO\",\"event\":\"claim.validated\",\"claimId\":\"C-1\",\"status\":200,"
            + "\"codes\":[\"MOD-A\",\"DOC-B\"],\"payerId\":null}",
        Json.MAPPER.writeValueAsString(line));
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() throws Exception {
    Log.to(new PrintStream(captured, true, StandardCharsets.UTF_8));
    String awkward = "a\"b\\c\nd\u0001é";
    Log.warn("x").id("requestId", awkward).codes("codes", List.of()).emit();
    JsonNode line = emitted();
    assertEquals(awkward, line.get("requestId").asText());
    assertEquals(0, line.get("codes").size());
    assertEquals("WARN", line.get("level").asText());
  }
}
