package com.claims01940.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.policy.PolicyEditor.Reason;
import com.claims01940.policy.PolicyEditor.Rejected;
import com.claims01940.policy.PolicyEditor.Saved;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyEditorTest {
  static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
  InMemoryPolicyRepository repository;
  PolicyEditor editor;

  @BeforeEach
  void seed() {
    repository = InMemoryPolicyRepository.seeded();
    editor = new PolicyEditor(repository);
  }

  private ObjectNode stored(String key) {
    return repository.items.get(key).deepCopy();
  }

  private static ObjectNode param(ObjectNode doc, String name) {
    return (ObjectNode) doc.path("parameters").path(name);
  }

  private PolicyEditor.Outcome put(String payer, String from, JsonNode body, String ifMatch) {
    return editor.put(payer, from, body, ifMatch, "lead-1", NOW);
  }

  private Rejected rejected(PolicyEditor.Outcome outcome, Reason reason) {
    Rejected r = assertInstanceOf(Rejected.class, outcome);
    assertEquals(reason, r.reason(), r.detail());
    assertEquals(0, repository.commits, "nothing may be written");
    return r;
  }

  @Test
  void replacingWithTheCurrentETagWritesTheNextRevisionAndItsHistory() {
    ObjectNode doc = stored("MEDICARE 2026-01-01");
    long revision = doc.path("revision").asLong();
    param(doc, "placesOfService").put("verified", true);
    param(doc, "timelyFilingDays").put("value", 180);
    Saved saved =
        assertInstanceOf(Saved.class, put("medicare", "2026-01-01", doc, "\"" + revision + "\""));
    assertEquals(revision + 1, saved.revision());
    assertFalse(saved.created());
    assertEquals(
        180,
        repository
            .items
            .get("MEDICARE 2026-01-01")
            .path("parameters")
            .path("timelyFilingDays")
            .path("value")
            .asInt());
    PolicyChange change =
        repository.history("MEDICARE", java.time.LocalDate.parse("2026-01-01")).get(0);
    assertEquals("lead-1", change.changedBy());
    assertEquals(NOW, change.changedAt());
    assertEquals(
        List.of("placesOfService", "timelyFilingDays"),
        change.changes().stream().map(PolicyChange.Field::field).toList());
    PolicyChange.Field places = change.changes().get(0);
    assertFalse(places.before().path("verified").asBoolean());
    assertTrue(places.after().path("verified").asBoolean());
    assertEquals(places.before().path("value"), places.after().path("value"));
    PolicyChange.Field filing = change.changes().get(1);
    assertEquals(365, filing.before().path("value").asInt());
    assertEquals(180, filing.after().path("value").asInt());
  }

  @Test
  void replacingWithoutIfMatchIsPreconditionRequired() {
    ObjectNode doc = stored("AETNA 2026-01-01");
    param(doc, "timelyFilingDays").put("value", 100);
    Rejected r = rejected(put("AETNA", "2026-01-01", doc, null), Reason.PRECONDITION_REQUIRED);
    assertEquals(428, r.reason().status);
  }

  @Test
  void aStaleOrMalformedIfMatchIsPreconditionFailed() {
    ObjectNode doc = stored("AETNA 2026-01-01");
    long revision = doc.path("revision").asLong();
    param(doc, "timelyFilingDays").put("value", 100);
    rejected(put("AETNA", "2026-01-01", doc, "\"" + (revision - 1) + "\""), Reason.STALE);
    rejected(put("AETNA", "2026-01-01", doc, "*"), Reason.STALE);
    rejected(put("AETNA", "2026-01-01", doc, Long.toString(revision)), Reason.STALE);
    assertInstanceOf(Saved.class, put("AETNA", "2026-01-01", doc, "W/\"" + revision + "\""));
  }

  @Test
  void ifMatchOnAnItemThatDoesNotExistIsPreconditionFailed() {
    ObjectNode doc = stored("AETNA 2026-01-01");
    doc.put("effectiveFrom", "2027-01-01");
    rejected(put("AETNA", "2027-01-01", doc, "\"1\""), Reason.STALE);
  }

  @Test
  void aMalformedDocumentNamesEveryProblemAndWritesNothing() {
    ObjectNode doc = stored("CIGNA 2026-01-01");
    long revision = doc.path("revision").asLong();
    param(doc, "timelyFilingDays").put("value", "ninety");
    param(doc, "placesOfService").remove("verified");
    Rejected r = rejected(put("CIGNA", "2026-01-01", doc, "\"" + revision + "\""), Reason.INVALID);
    assertEquals(
        List.of("parameters.placesOfService.verified", "parameters.timelyFilingDays.value"),
        r.problems().stream().map(PolicyFormatException.Problem::field).sorted().toList());
    assertEquals(revision, repository.items.get("CIGNA 2026-01-01").path("revision").asLong());
  }

  /** A lead cannot put a price back into a Medicare item: its factors are in their own table. */
  @Test
  void aMedicareConversionFactorIsInvalid() {
    ObjectNode doc = stored("MEDICARE 2026-01-01");
    long revision = doc.path("revision").asLong();
    param(doc, "conversionFactor").put("value", 21.5);
    Rejected r =
        rejected(put("MEDICARE", "2026-01-01", doc, "\"" + revision + "\""), Reason.INVALID);
    assertEquals(
        List.of("parameters.conversionFactor.value"),
        r.problems().stream().map(PolicyFormatException.Problem::field).toList());
  }

  @Test
  void aBodyForAnotherItemThanThePathIsInvalid() {
    ObjectNode doc = stored("CIGNA 2026-01-01");
    Rejected r = rejected(put("AETNA", "2026-02-01", doc, null), Reason.INVALID);
    assertEquals(
        List.of("payerId", "effectiveFrom"),
        r.problems().stream().map(PolicyFormatException.Problem::field).toList());
    rejected(put("AETNA", "2026-02-30", doc, null), Reason.INVALID);
  }

  @Test
  void creatingAnOverlappingPeriodIsAConflict() {
    ObjectNode doc = stored("AETNA 2026-01-01");
    doc.put("effectiveFrom", "2026-07-01");
    Rejected r = rejected(put("AETNA", "2026-07-01", doc, null), Reason.OVERLAP);
    assertEquals(409, r.reason().status);
    assertTrue(r.detail().contains("AETNA 2026-01-01"), r.detail());
  }

  @Test
  void creatingAPeriodAfterTheLastOneEndsIsWrittenAsRevisionOne() {
    ObjectNode old = stored("MEDICARE 2025-01-01");
    old.put("effectiveFrom", "2024-01-01").put("effectiveTo", "2024-12-31").put("revision", 99);
    Saved saved = assertInstanceOf(Saved.class, put("MEDICARE", "2024-01-01", old, null));
    assertTrue(saved.created());
    assertEquals(1, saved.revision());
    assertTrue(repository.history.get("MEDICARE 2024-01-01").get(0).created());
  }

  @Test
  void anUnchangedDocumentWritesNothing() {
    ObjectNode doc = stored("BCBS 2026-01-01");
    long revision = doc.path("revision").asLong();
    Saved saved =
        assertInstanceOf(Saved.class, put("BCBS", "2026-01-01", doc, "\"" + revision + "\""));
    assertFalse(saved.changed());
    assertEquals(revision, saved.revision());
    assertEquals(0, repository.commits);
  }

  @Test
  void aConcurrentWriteToThePayerIsReadAgainAndJudgedOnWhatItLeft() {
    ObjectNode mine = stored("UHC 2026-01-01");
    long revision = mine.path("revision").asLong();
    param(mine, "timelyFilingDays").put("value", 120);
    ObjectNode theirs = stored("UHC 2026-01-01");
    param(theirs, "timelyFilingDays").put("value", 60);
    repository.interleave = () -> put("UHC", "2026-01-01", theirs, "\"" + revision + "\"");
    Rejected r =
        assertInstanceOf(Rejected.class, put("UHC", "2026-01-01", mine, "\"" + revision + "\""));
    assertEquals(Reason.STALE, r.reason(), "their revision landed first: mine is now stale");
    assertEquals(
        60,
        repository
            .items
            .get("UHC 2026-01-01")
            .path("parameters")
            .path("timelyFilingDays")
            .path("value")
            .asInt());
  }

  @Test
  void historyOfAnItemWithoutEditsIsEmptyAndOfNoItemAbsent() {
    assertEquals(List.of(), editor.history("bcbs", "2026-01-01").orElseThrow());
    assertTrue(editor.history("BCBS", "2030-01-01").isEmpty());
    assertTrue(editor.history("BCBS", "not-a-date").isEmpty());
  }
}
