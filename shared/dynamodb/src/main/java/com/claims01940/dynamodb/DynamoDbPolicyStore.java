package com.claims01940.dynamodb;

import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyParser;
import com.claims01940.policy.PolicyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Policies in DynamoDB: partition key {@code payerId}, sort key {@code effectiveFrom} (ISO date, so
 * it sorts by date). One Query reads every version of a payer; the version in force is picked in
 * memory, which lets the cache answer any date of service from that one read.
 */
public final class DynamoDbPolicyStore implements PolicyStore {
  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;

  /** The client is asked for on each read, so a client that failed to build is retried there. */
  public DynamoDbPolicyStore(DynamoDbClient dynamoDb, String table) {
    this(() -> dynamoDb, table);
  }

  public DynamoDbPolicyStore(Supplier<DynamoDbClient> dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public List<PayerPolicy> versions(String payerId) {
    String id = PolicyStore.payerKey(payerId);
    List<Map<String, AttributeValue>> items =
        call(
            "read the policies of payer " + id,
            () -> DynamoDbClients.partition(dynamoDb.get(), table, PolicyItems.PARTITION_KEY, id));
    return items.stream().map(item -> PolicyParser.parse(PolicyItems.toDocument(item))).toList();
  }

  /**
   * The payer list reads only the key and range attributes of each item. The table holds a handful
   * of items per payer, so this stays one small request; see README "Table design".
   */
  @Override
  public List<PayerSummary> payers() {
    List<Map<String, AttributeValue>> items =
        call(
            "list payers",
            () ->
                dynamoDb
                    .get()
                    .scanPaginator(
                        q ->
                            q.tableName(table)
                                .projectionExpression(
                                    "#p, payerName, effectiveFrom, effectiveTo, #v")
                                .expressionAttributeNames(
                                    Map.of("#p", PolicyItems.PARTITION_KEY, "#v", "version")))
                    .items()
                    .stream()
                    .toList());
    List<PayerSummary.Version> versions = new ArrayList<>();
    items.forEach(item -> versions.add(version(item)));
    return PayerSummary.of(versions);
  }

  private static PayerSummary.Version version(Map<String, AttributeValue> item) {
    String payer = text(item, PolicyItems.PARTITION_KEY);
    return new PayerSummary.Version(
        payer,
        item.containsKey("payerName") ? text(item, "payerName") : payer,
        new PayerSummary.Range(
            LocalDate.parse(text(item, "effectiveFrom")),
            item.containsKey("effectiveTo") && item.get("effectiveTo").s() != null
                ? LocalDate.parse(item.get("effectiveTo").s())
                : null,
            item.containsKey("version") ? text(item, "version") : ""));
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    if (v == null || v.s() == null) {
      throw new com.claims01940.policy.PolicyFormatException(
          item.containsKey(PolicyItems.PARTITION_KEY)
              ? item.get(PolicyItems.PARTITION_KEY).s()
              : "(unknown)",
          name,
          "must be a string");
    }
    return v.s();
  }

  /** Parsing the items happens outside, so a malformed item stays a PolicyFormatException. */
  private <T> T call(String what, Supplier<T> request) {
    return DynamoDbReadFailure.policyStoreCall(table, what, request);
  }
}
