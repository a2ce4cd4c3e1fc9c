package com.claims01940.dynamodb;

import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.reference.ReferenceStoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The reference tables in their own DynamoDB table, read whole: one Query of their one partition (a
 * page per MB; the shipped extracts and CMS files are one page) per cache period, so validating
 * 10,000 claims costs one request for every table and version (docs/performance.md).
 */
public final class DynamoDbReferenceStore implements ReferenceStore {
  private final Supplier<DynamoDbClient> dynamoDb;
  private final String table;

  public DynamoDbReferenceStore(DynamoDbClient dynamoDb, String table) {
    this(() -> dynamoDb, table);
  }

  public DynamoDbReferenceStore(Supplier<DynamoDbClient> dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  /** Any failure, of the read or of the items' content, leaves the tables unreadable. */
  @Override
  public ReferenceData current() {
    try {
      return ReferenceItems.read(
          DynamoDbClients.partition(
              dynamoDb.get(), table, ReferenceItems.PARTITION_KEY, ReferenceItems.PARTITION));
    } catch (RuntimeException e) {
      throw new ReferenceStoreUnavailableException(
          "reference tables in "
              + table
              + " cannot be read ("
              + DynamoDbReadFailure.describe(e)
              + ")",
          e);
    }
  }
}
