package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbReadException;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The functions' DynamoDB reads against a real server: every page of a partition and of a table,
 * SigV4-signed requests, and failures that are retried (no answer) or not (no such table).
 */
class DynamoDbReadsIT {
  static final String TABLE = "reads-it";

  /** Five items of 300 kB in one partition: more than DynamoDB's 1 MB page. */
  static final int ITEMS = 5;

  static LocalEndpoint server;
  static DynamoDbClient admin;

  @BeforeAll
  static void seed() {
    server = LocalAws.dynamoDb();
    admin = DynamoDbClients.dynamoDb("us-east-1", server.endpoint());
    PolicyTable.createIfAbsent(admin, TABLE, "pk", "sk");
    String filler = "x".repeat(300_000);
    for (int i = 0; i < ITEMS; i++) {
      int n = i;
      admin.putItem(
          b ->
              b.tableName(TABLE)
                  .item(
                      Map.of(
                          "pk", AttributeValue.fromS("big"),
                          "sk", AttributeValue.fromS("item-" + n),
                          "filler", AttributeValue.fromS(filler))));
    }
    admin.putItem(
        b ->
            b.tableName(TABLE)
                .item(
                    Map.of(
                        "pk", AttributeValue.fromS("small"),
                        "sk", AttributeValue.fromS("only"),
                        "n", AttributeValue.fromN("20.5998"))));
  }

  @AfterAll
  static void stop() {
    admin.close();
    server.close();
  }

  @Test
  void aQueryReadsEveryPageOfThePartitionInSortOrder() {
    try (var counter = new CountingHttpClient();
        var reads = CountingHttpClient.reads(counter, "us-east-1", server.endpoint())) {
      var items = reads.query(TABLE, "pk", "big");
      assertEquals(
          List.of("item-0", "item-1", "item-2", "item-3", "item-4"),
          items.stream().map(i -> i.get("sk").s()).toList());
      assertEquals(300_000, items.get(4).get("filler").s().length());
      assertTrue(counter.requests() >= 2, "pages read: " + counter.requests());
      assertEquals(
          List.of(Map.of("pk", "small", "sk", "only", "n", "20.5998")),
          reads.query(TABLE, "pk", "small").stream()
              .map(i -> Map.of("pk", i.get("pk").s(), "sk", i.get("sk").s(), "n", i.get("n").n()))
              .toList());
    }
  }

  @Test
  void aScanReadsOnlyTheNamedAttributesOfEveryItem() {
    try (var counter = new CountingHttpClient();
        var reads = CountingHttpClient.reads(counter, "us-east-1", server.endpoint())) {
      var items = reads.scan(TABLE, List.of("pk", "sk"));
      assertEquals(ITEMS + 1, items.size());
      items.forEach(i -> assertEquals(java.util.Set.of("pk", "sk"), i.keySet()));
    }
  }

  @Test
  void requestsAreSignedWithSigV4ForDynamoDb() {
    try (var counter = new CountingHttpClient();
        var reads = CountingHttpClient.reads(counter, "us-east-1", server.endpoint())) {
      reads.query(TABLE, "pk", "small");
      var sent = counter.lastRequest();
      assertEquals(
          "DynamoDB_20120810.Query", sent.firstMatchingHeader("X-Amz-Target").orElseThrow());
      assertEquals(
          "application/x-amz-json-1.0", sent.firstMatchingHeader("Content-Type").orElseThrow());
      String authorization = sent.firstMatchingHeader("Authorization").orElseThrow();
      assertTrue(
          authorization.matches(
              "AWS4-HMAC-SHA256 Credential=local/\\d{8}/us-east-1/dynamodb/aws4_request,"
                  + " SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}"),
          authorization);
      // What the HTTP client sends unchanged (Host from the URI, Content-Length fixed from the
      // header), so the signature holds on the wire.
      assertEquals(
          "content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target",
          authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1"));
      assertTrue(sent.firstMatchingHeader("X-Amz-Date").isPresent());
    }
  }

  @Test
  void aMissingTableFailsAtOnce() {
    try (var counter = new CountingHttpClient();
        var reads = CountingHttpClient.reads(counter, "us-east-1", server.endpoint())) {
      var e = assertThrows(DynamoDbReadException.class, () -> reads.query("no-such", "pk", "x"));
      assertTrue(e.tableMissing(), e.getMessage());
      assertFalse(e.retryable());
      assertEquals(1, counter.requests(), "not retried");
    }
  }

  @Test
  void noAnswerIsRetriedThenFails() {
    var own = DynaliteServer.start();
    var endpoint = own.endpoint();
    own.close();
    try (var counter = new CountingHttpClient();
        var reads = CountingHttpClient.reads(counter, "us-east-1", endpoint)) {
      var e = assertThrows(DynamoDbReadException.class, () -> reads.query(TABLE, "pk", "x"));
      assertEquals(0, e.status());
      assertTrue(e.retryable(), e.getMessage());
      assertEquals(3, counter.requests(), "three attempts");
    }
  }
}
