package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyEdits;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.PolicyChange;
import com.claims01940.policy.PolicyEditor;
import com.claims01940.policy.PolicyResolution;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The editor's DynamoDB storage on the local DynamoDB API: the item and its history entry are
 * written together or not at all, two writes that read the same state of a payer cannot both
 * commit, the history reads back as written, and a cached policy store follows a new revision once
 * its TTL has passed.
 */
class DynamoDbPolicyEditsIT {
  static final String TABLE = "edits-policies";
  static final String HISTORY = "edits-history";
  static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  static LocalEndpoint server;
  static DynamoDbClient client;
  static DynamoDbPolicyEdits edits;

  @BeforeAll
  static void start() {
    server = LocalAws.dynamoDb();
    client = DynamoDbClients.dynamoDb("us-east-1", server.endpoint());
    new PolicyTable(client, TABLE).createSeeded();
    PolicyTable.createHistory(client, HISTORY);
    edits = new DynamoDbPolicyEdits(() -> client, TABLE, HISTORY);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  static ObjectNode item(String payer, String from) {
    return (ObjectNode) edits.read(payer).item(LocalDate.parse(from)).orElseThrow().deepCopy();
  }

  static ObjectNode withFilingDays(ObjectNode doc, int days) {
    ObjectNode copy = doc.deepCopy();
    ((ObjectNode) copy.path("parameters").path("timelyFilingDays")).put("value", days);
    copy.put("revision", doc.path("revision").asLong() + 1);
    return copy;
  }

  static PolicyChange change(long revision) {
    return new PolicyChange(revision, "lead-1", NOW, false, List.of());
  }

  @Test
  void aCommitWritesTheItemAndItsHistoryEntryTogether() {
    PolicyEditor editor = new PolicyEditor(edits);
    ObjectNode doc = item("BCBS", "2026-01-01");
    ObjectNode edited = withFilingDays(doc, 120);
    var saved =
        assertInstanceOf(
            PolicyEditor.Saved.class,
            editor.put(
                "BCBS",
                "2026-01-01",
                edited,
                "\"" + doc.path("revision").asLong() + "\"",
                "lead-1",
                NOW));
    assertEquals(
        120,
        item("BCBS", "2026-01-01")
            .path("parameters")
            .path("timelyFilingDays")
            .path("value")
            .asInt());
    List<PolicyChange> history = edits.history("BCBS", LocalDate.parse("2026-01-01"));
    assertEquals(1, history.size());
    PolicyChange entry = history.get(0);
    assertEquals(saved.revision(), entry.revision());
    assertEquals("lead-1", entry.changedBy());
    assertEquals(NOW, entry.changedAt());
    assertEquals("timelyFilingDays", entry.changes().get(0).field());
    assertEquals(90, entry.changes().get(0).before().path("value").asInt());
    assertEquals(120, entry.changes().get(0).after().path("value").asInt());
    assertEquals(1, edits.read("BCBS").lastChange());
  }

  @Test
  void twoWritesFromOneReadOfAPayerCannotBothCommitAndTheLoserWritesNothing() {
    PolicyEditor.PayerItems seen = edits.read("CIGNA");
    ObjectNode doc = (ObjectNode) seen.item(LocalDate.parse("2026-01-01")).orElseThrow();
    edits.commit(withFilingDays(doc, 100), seen, change(doc.path("revision").asLong() + 1));

    ObjectNode other = withFilingDays(doc, 45);
    other.put("effectiveFrom", "2027-01-01").put("revision", 1);
    assertThrows(
        PolicyEditor.ConcurrentChange.class,
        () -> edits.commit(other, seen, new PolicyChange(1, "lead-2", NOW, true, List.of())));
    assertTrue(
        edits.read("CIGNA").item(LocalDate.parse("2027-01-01")).isEmpty(),
        "the item of a cancelled transaction is not written");
    assertEquals(1, edits.read("CIGNA").lastChange());
    assertEquals(
        100,
        item("CIGNA", "2026-01-01")
            .path("parameters")
            .path("timelyFilingDays")
            .path("value")
            .asInt());
  }

  @Test
  void aStaleRevisionCancelsTheCommitEvenWithAFreshHistoryNumber() {
    PolicyEditor.PayerItems seen = edits.read("UHC");
    ObjectNode doc = (ObjectNode) seen.item(LocalDate.parse("2026-01-01")).orElseThrow();
    // The loader writes items without history: the revision condition still catches it.
    new PolicyTable(client, TABLE).put(withFilingDays(doc, 60), true);
    assertThrows(
        PolicyEditor.ConcurrentChange.class,
        () ->
            edits.commit(withFilingDays(doc, 30), seen, change(doc.path("revision").asLong() + 1)));
    assertEquals(
        60,
        item("UHC", "2026-01-01")
            .path("parameters")
            .path("timelyFilingDays")
            .path("value")
            .asInt());
    assertEquals(List.of(), edits.history("UHC", LocalDate.parse("2026-01-01")));
  }

  @Test
  void aCachedStoreFollowsTheNewRevisionOnceItsTtlHasPassed() {
    AtomicLong clock = new AtomicLong();
    CachingPolicyStore cached =
        new CachingPolicyStore(
            new DynamoDbPolicyStore(client, TABLE), Duration.ofSeconds(60), clock::get);
    LocalDate dos = LocalDate.parse("2026-03-14");
    long before = cached.versions("AETNA").get(0).revision();
    ObjectNode doc = item("AETNA", "2026-01-01");
    new PolicyEditor(edits)
        .put("AETNA", "2026-01-01", withFilingDays(doc, 75), "\"" + before + "\"", "lead-1", NOW);
    clock.addAndGet(Duration.ofSeconds(59).toNanos());
    assertEquals(
        before,
        ((PolicyResolution.Found) cached.resolve("AETNA", dos)).policy().revision(),
        "within the TTL");
    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    assertEquals(
        before + 1,
        ((PolicyResolution.Found) cached.resolve("AETNA", dos)).policy().revision(),
        "after the TTL");
  }
}
