package com.claims01940.dynamodb;

import com.claims01940.policy.PolicyChange;
import com.claims01940.policy.PolicyEditor;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The policy editor's storage: the policies table and its history table. The history is keyed by
 * payer and a per-payer change number, so every write to a payer claims the next number: two writes
 * that read the same state cannot both commit, which keeps the overlap check and the revision check
 * true at commit time. Each commit is one TransactWriteItems of two conditional Puts: the item and
 * its history entry are written together or not at all.
 */
public final class DynamoDbPolicyEdits implements PolicyEditor.Repository {
  public static final String HISTORY_PARTITION_KEY = "payerId";
  public static final String HISTORY_SORT_KEY = "change";

  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;
  private final String historyTable;

  public DynamoDbPolicyEdits(Supplier<DynamoDbClient> dynamoDb, String table, String historyTable) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.historyTable = historyTable;
  }

  @Override
  public PolicyEditor.PayerItems read(String payerId) {
    return call(
        "read the policies of payer " + payerId,
        () -> {
          List<JsonNode> items =
              query(table, PolicyItems.PARTITION_KEY, payerId, true, 0).stream()
                  .map(i -> (JsonNode) PolicyItems.toDocument(i))
                  .toList();
          List<Map<String, AttributeValue>> last =
              query(historyTable, HISTORY_PARTITION_KEY, payerId, false, 1);
          long lastChange =
              last.isEmpty() ? 0 : Long.parseLong(last.get(0).get(HISTORY_SORT_KEY).n());
          return new PolicyEditor.PayerItems(items, lastChange);
        });
  }

  @Override
  public void commit(ObjectNode document, PolicyEditor.PayerItems seen, PolicyChange change) {
    String payer = document.path("payerId").asText();
    LocalDate from = LocalDate.parse(document.path("effectiveFrom").asText());
    Put.Builder item =
        Put.builder()
            .tableName(table)
            .item(PolicyItems.toItem(document))
            .expressionAttributeNames(Map.of("#p", PolicyItems.PARTITION_KEY));
    seen.item(from)
        .ifPresentOrElse(
            current ->
                item.conditionExpression("attribute_exists(#p) AND #r = :r")
                    .expressionAttributeNames(
                        Map.of("#p", PolicyItems.PARTITION_KEY, "#r", "revision"))
                    .expressionAttributeValues(
                        Map.of(":r", AttributeValue.fromN(current.path("revision").asText()))),
            () -> item.conditionExpression("attribute_not_exists(#p)"));
    Put entry =
        Put.builder()
            .tableName(historyTable)
            .item(historyItem(payer, seen.lastChange() + 1, from, change, document))
            .conditionExpression("attribute_not_exists(#p)")
            .expressionAttributeNames(Map.of("#p", HISTORY_PARTITION_KEY))
            .build();
    try {
      call(
          "write policy " + payer + " " + from,
          () ->
              dynamoDb
                  .get()
                  .transactWriteItems(
                      b ->
                          b.transactItems(
                              TransactWriteItem.builder().put(item.build()).build(),
                              TransactWriteItem.builder().put(entry).build())));
    } catch (PolicyStoreUnavailableException e) {
      if (e.getCause() instanceof TransactionCanceledException cancelled) {
        throw new PolicyEditor.ConcurrentChange(
            "payer " + payer + " changed since it was read: " + cancelled.getMessage(), cancelled);
      }
      throw e;
    }
  }

  @Override
  public List<PolicyChange> history(String payerId, LocalDate effectiveFrom) {
    return call(
        "read the history of " + payerId + " " + effectiveFrom,
        () ->
            query(historyTable, HISTORY_PARTITION_KEY, payerId, true, 0).stream()
                .filter(i -> effectiveFrom.toString().equals(i.get("effectiveFrom").s()))
                .map(DynamoDbPolicyEdits::change)
                .toList());
  }

  /** The entry keeps the whole document too, so any revision can be read back or restored. */
  private static Map<String, AttributeValue> historyItem(
      String payer, long number, LocalDate from, PolicyChange change, ObjectNode document) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(HISTORY_PARTITION_KEY, AttributeValue.fromS(payer));
    item.put(HISTORY_SORT_KEY, AttributeValue.fromN(Long.toString(number)));
    item.put("effectiveFrom", AttributeValue.fromS(from.toString()));
    item.put("revision", AttributeValue.fromN(Long.toString(change.revision())));
    item.put("changedBy", AttributeValue.fromS(change.changedBy()));
    item.put("changedAt", AttributeValue.fromS(change.changedAt().toString()));
    item.put("created", AttributeValue.fromBool(change.created()));
    List<AttributeValue> fields = new ArrayList<>();
    for (PolicyChange.Field f : change.changes()) {
      fields.add(
          AttributeValue.fromM(
              Map.of(
                  "field", AttributeValue.fromS(f.field()),
                  "old", side(f.before()),
                  "new", side(f.after()))));
    }
    item.put("changes", AttributeValue.fromL(fields));
    item.put("document", PolicyItems.toAttribute(document));
    return item;
  }

  private static AttributeValue side(JsonNode n) {
    return n == null ? AttributeValue.fromNul(true) : PolicyItems.toAttribute(n);
  }

  private static PolicyChange change(Map<String, AttributeValue> item) {
    List<PolicyChange.Field> fields = new ArrayList<>();
    for (AttributeValue f : item.get("changes").l()) {
      fields.add(
          new PolicyChange.Field(
              f.m().get("field").s(), unside(f.m().get("old")), unside(f.m().get("new"))));
    }
    return new PolicyChange(
        Long.parseLong(item.get("revision").n()),
        item.get("changedBy").s(),
        Instant.parse(item.get("changedAt").s()),
        Boolean.TRUE.equals(item.get("created").bool()),
        List.copyOf(fields));
  }

  private static JsonNode unside(AttributeValue v) {
    return v == null || Boolean.TRUE.equals(v.nul()) ? null : PolicyItems.toJson(v);
  }

  /** A consistent Query of one partition; {@code limit} 0 reads it all. */
  private List<Map<String, AttributeValue>> query(
      String tableName, String keyName, String key, boolean ascending, int limit) {
    return dynamoDb
        .get()
        .queryPaginator(
            q -> {
              q.tableName(tableName)
                  .consistentRead(true)
                  .scanIndexForward(ascending)
                  .keyConditionExpression("#k = :k")
                  .expressionAttributeNames(Map.of("#k", keyName))
                  .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(key)));
              if (limit > 0) {
                q.limit(limit);
              }
            })
        .items()
        .stream()
        .limit(limit > 0 ? limit : Long.MAX_VALUE)
        .toList();
  }

  private <T> T call(String what, Supplier<T> request) {
    return DynamoDbReadFailure.policyStoreCall(table + " or " + historyTable, what, request);
  }
}
