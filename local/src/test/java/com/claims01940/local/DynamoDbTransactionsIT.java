package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems as the policy editor uses it, on the local DynamoDB API: on LocalStack this is
 * AWS's behaviour; on dynalite it proves local/dynalite/server.js, which adds the operation — all
 * or nothing, a cancellation reason per item, one item at most once.
 */
class DynamoDbTransactionsIT {
  static final String ITEMS = "tx-items";
  static final String LOG = "tx-log";
  static LocalEndpoint server;
  static DynamoDbClient client;

  @BeforeAll
  static void start() {
    server = LocalAws.dynamoDb();
    client = DynamoDbClients.dynamoDb("us-east-1", server.endpoint());
    PolicyTable.createIfAbsent(client, ITEMS, "id", "part");
    PolicyTable.createIfAbsent(client, LOG, "id", "part");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  private static TransactWriteItem put(String table, String id, String condition) {
    Put.Builder put =
        Put.builder()
            .tableName(table)
            .item(Map.of("id", AttributeValue.fromS(id), "part", AttributeValue.fromS("p")));
    if (condition != null) {
      put.conditionExpression(condition);
    }
    return TransactWriteItem.builder().put(put.build()).build();
  }

  private static Set<String> ids(String table) {
    return client.scan(b -> b.tableName(table).consistentRead(true)).items().stream()
        .map(i -> i.get("id").s())
        .collect(Collectors.toSet());
  }

  @Test
  void writesEveryItemAcrossTablesWhenEveryConditionHolds() {
    client.transactWriteItems(
        b ->
            b.transactItems(
                put(ITEMS, "a", "attribute_not_exists(id)"),
                put(LOG, "a-1", "attribute_not_exists(id)")));
    assertTrue(ids(ITEMS).contains("a"));
    assertTrue(ids(LOG).contains("a-1"));
  }

  @Test
  void writesNothingWhenOneConditionFailsAndSaysWhichOne() {
    client.putItem(
        b ->
            b.tableName(LOG)
                .item(
                    Map.of("id", AttributeValue.fromS("b-1"), "part", AttributeValue.fromS("p"))));
    TransactionCanceledException cancelled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                client.transactWriteItems(
                    b ->
                        b.transactItems(
                            put(ITEMS, "b", "attribute_not_exists(id)"),
                            put(LOG, "b-1", "attribute_not_exists(id)"))));
    assertEquals(
        List.of("None", "ConditionalCheckFailed"),
        cancelled.cancellationReasons().stream().map(r -> r.code()).toList());
    assertTrue(!ids(ITEMS).contains("b"), "the first Put must not be written");
  }

  @Test
  void aFailedConditionCheckCancelsThePut() {
    TransactWriteItem check =
        TransactWriteItem.builder()
            .conditionCheck(
                ConditionCheck.builder()
                    .tableName(ITEMS)
                    .key(
                        Map.of(
                            "id",
                            AttributeValue.fromS("absent"),
                            "part",
                            AttributeValue.fromS("p")))
                    .conditionExpression("attribute_exists(id)")
                    .build())
            .build();
    assertThrows(
        TransactionCanceledException.class,
        () -> client.transactWriteItems(b -> b.transactItems(check, put(LOG, "c-1", null))));
    assertTrue(!ids(LOG).contains("c-1"));
  }

  @Test
  void oneItemTwiceInOneTransactionIsRefused() {
    DynamoDbException refused =
        assertThrows(
            DynamoDbException.class,
            () ->
                client.transactWriteItems(
                    b -> b.transactItems(put(ITEMS, "d", null), put(ITEMS, "d", null))));
    assertEquals(400, refused.statusCode());
    assertTrue(!ids(ITEMS).contains("d"));
  }
}
