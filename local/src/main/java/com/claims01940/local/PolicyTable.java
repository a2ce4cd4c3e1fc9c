package com.claims01940.local;

import com.claims01940.dynamodb.DynamoDbPolicyEdits;
import com.claims01940.dynamodb.PolicyItems;
import com.claims01940.policy.PolicyParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Administration of the policies table: create it (locally), upsert documents, export them. */
public final class PolicyTable {
  private final DynamoDbClient dynamoDb;
  private final String table;

  public PolicyTable(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  /** What an upsert did. */
  public enum Outcome {
    WRITTEN,
    KEPT_NEWER
  }

  /** Creates the table as template.yaml declares it (on AWS, CloudFormation does this). */
  public void create() {
    createIfAbsent(dynamoDb, table, PolicyItems.PARTITION_KEY, PolicyItems.SORT_KEY);
  }

  /**
   * Creates a pay-per-request table with a string partition and sort key, as template.yaml declares
   * the project's tables; an existing table is left as it is.
   */
  static void createIfAbsent(
      DynamoDbClient dynamoDb, String table, String partitionKey, String sortKey) {
    createIfAbsent(dynamoDb, table, partitionKey, sortKey, ScalarAttributeType.S);
  }

  /** The history of API writes, as template.yaml's PolicyHistoryTable (a numeric sort key). */
  public static void createHistory(DynamoDbClient dynamoDb, String table) {
    createIfAbsent(
        dynamoDb,
        table,
        DynamoDbPolicyEdits.HISTORY_PARTITION_KEY,
        DynamoDbPolicyEdits.HISTORY_SORT_KEY,
        ScalarAttributeType.N);
  }

  private static void createIfAbsent(
      DynamoDbClient dynamoDb,
      String table,
      String partitionKey,
      String sortKey,
      ScalarAttributeType sortKeyType) {
    try {
      dynamoDb.createTable(
          b ->
              b.tableName(table)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName(partitionKey)
                          .attributeType(ScalarAttributeType.S)
                          .build(),
                      AttributeDefinition.builder()
                          .attributeName(sortKey)
                          .attributeType(sortKeyType)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder()
                          .attributeName(partitionKey)
                          .keyType(KeyType.HASH)
                          .build(),
                      KeySchemaElement.builder()
                          .attributeName(sortKey)
                          .keyType(KeyType.RANGE)
                          .build()));
      dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(table));
    } catch (ResourceInUseException alreadyThere) {
      // Idempotent: an existing table is what was asked for.
    }
  }

  /** Creates the table if needed and upserts the bundled seed documents (local runs and tests). */
  public void createSeeded() {
    create();
    com.claims01940.policy.SeedPolicies.documents().forEach(d -> put(d, false));
  }

  /**
   * Writes one document, after checking it parses as a policy. Unless forced, a conditional write
   * keeps a stored item whose revision is newer than the document's: seeding never silently rolls
   * back an edit made in the table.
   */
  public Outcome put(JsonNode document, boolean force) {
    PolicyParser.parseForWrite(document);
    var request = PutItemRequest.builder().tableName(table).item(PolicyItems.toItem(document));
    if (!force) {
      request
          .conditionExpression("attribute_not_exists(#p) OR #r <= :r")
          .expressionAttributeNames(Map.of("#p", PolicyItems.PARTITION_KEY, "#r", "revision"))
          .expressionAttributeValues(
              Map.of(":r", AttributeValue.fromN(document.path("revision").asText())));
    }
    try {
      dynamoDb.putItem(request.build());
      return Outcome.WRITTEN;
    } catch (ConditionalCheckFailedException newer) {
      return Outcome.KEPT_NEWER;
    }
  }

  /** The stored revision of one item, or -1 if absent. */
  public long revision(String payerId, String effectiveFrom) {
    var item =
        dynamoDb
            .getItem(
                GetItemRequest.builder()
                    .tableName(table)
                    .consistentRead(true)
                    .key(
                        Map.of(
                            PolicyItems.PARTITION_KEY,
                            AttributeValue.fromS(payerId),
                            PolicyItems.SORT_KEY,
                            AttributeValue.fromS(effectiveFrom)))
                    .build())
            .item();
    return item == null || !item.containsKey("revision")
        ? -1
        : Long.parseLong(item.get("revision").n());
  }

  /** Every item as a policy document, sorted by payer then effectiveFrom. */
  public List<ObjectNode> export() {
    List<ObjectNode> docs = new ArrayList<>();
    dynamoDb
        .scanPaginator(b -> b.tableName(table).consistentRead(true))
        .items()
        .forEach(item -> docs.add(PolicyItems.toDocument(item)));
    docs.sort(
        Comparator.comparing((ObjectNode d) -> d.path("payerId").asText())
            .thenComparing(d -> d.path("effectiveFrom").asText()));
    return docs;
  }
}
