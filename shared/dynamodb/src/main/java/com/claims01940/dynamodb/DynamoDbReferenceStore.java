package com.claims01940.dynamodb;

import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.reference.ReferenceStoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The reference tables in their own DynamoDB table, read whole: one Query of their one partition (a
 * page per MB; the shipped extracts and CMS files are one page) per cache period, so validating
 * 10,000 claims costs one request for every table and version (docs/performance.md).
 */
public final class DynamoDbReferenceStore implements ReferenceStore {
  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoDbReferenceStore(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public ReferenceData current() {
    try {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      dynamoDb
          .queryPaginator(
              QueryRequest.builder()
                  .tableName(table)
                  .keyConditionExpression("#p = :p")
                  .expressionAttributeNames(Map.of("#p", ReferenceItems.PARTITION_KEY))
                  .expressionAttributeValues(
                      Map.of(":p", AttributeValue.fromS(ReferenceItems.PARTITION)))
                  .build())
          .items()
          .forEach(items::add);
      return ReferenceItems.read(items);
    } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
      throw new ReferenceStoreUnavailableException(
          "reference tables in " + table + " cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
