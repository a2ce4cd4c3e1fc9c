package com.claims01940.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a policy history entry says changed: every field that differs, and nothing else. */
class PolicyDiffTest {
  static final ObjectNode BEFORE = PolicyParserTest.medicare2026();

  static List<String> fields(JsonNode after) {
    return PolicyDiff.changes(BEFORE, after).stream().map(PolicyChange.Field::field).toList();
  }

  @Test
  void theSameDocumentChangesNothingAndNumbersCompareByValue() throws Exception {
    assertEquals(List.of(), fields(BEFORE.deepCopy()));
    ObjectNode before = BEFORE.deepCopy();
    ((ObjectNode) before.path("parameters").path("conversionFactor"))
        .set("value", Json.MAPPER.readTree("20.4976"));
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.path("parameters").path("conversionFactor"))
        .set("value", Json.MAPPER.readTree("20.49760"));
    assertEquals(
        List.of(), PolicyDiff.changes(before, after), "20.4976 and 20.49760 are one value");
  }

  @Test
  void anItemFieldIsComparedAsAValueAndAnOpenEndIsAbsent() {
    ObjectNode after = BEFORE.deepCopy();
    after.put("effectiveTo", "2026-12-31");
    after.put("version", "2026.4");
    List<PolicyChange.Field> changes = PolicyDiff.changes(BEFORE, after);
    assertEquals(
        List.of("effectiveTo", "version"),
        changes.stream().map(PolicyChange.Field::field).toList());
    assertNull(changes.get(0).before(), "open-ended before");
    assertEquals("2026-12-31", changes.get(0).after().path("value").asText());
    assertEquals(List.of(), fields(BEFORE.deepCopy().putNull("effectiveTo")));
  }

  @Test
  void aParameterAddedRemovedOrWithNewSourcesIsNamed() {
    ObjectNode after = BEFORE.deepCopy();
    ((ObjectNode) after.path("parameters")).remove("repeatReliefWeeks");
    ((ObjectNode) after.path("parameters").path("timelyFilingDays"))
        .putArray("sources")
        .add("CMS Claims Processing Manual ch. 1 §70");
    List<PolicyChange.Field> changes = PolicyDiff.changes(BEFORE, after);
    assertEquals(
        List.of("repeatReliefWeeks", "timelyFilingDays"),
        changes.stream().map(PolicyChange.Field::field).toList());
    assertNull(changes.get(0).after(), "removed");
    assertEquals(
        List.of("repeatReliefWeeks"),
        PolicyDiff.changes(after, BEFORE).stream()
            .filter(f -> f.before() == null)
            .map(PolicyChange.Field::field)
            .toList());
  }

  @Test
  void aJurisdictionsParameterIsNamedWithItsJurisdiction() {
    ObjectNode after = BEFORE.deepCopy();
    ((ObjectNode) after.path("jurisdictions").path("JK").path("anesthesiaNecessity"))
        .put("verified", true);
    ((ObjectNode) after.path("jurisdictions"))
        .putObject("JL")
        .set("timelyFilingDays", BEFORE.path("parameters").path("timelyFilingDays"));
    assertEquals(
        List.of("jurisdictions.JK.anesthesiaNecessity", "jurisdictions.JL.timelyFilingDays"),
        fields(after));
  }
}
