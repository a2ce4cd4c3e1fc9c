package com.claims01940.dynamodb;

import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.reference.ReferenceStoreUnavailableException;

/**
 * The reference tables in their own DynamoDB table, read whole: one Query of their one partition (a
 * page per MB; the shipped extracts and CMS files are one page) per cache period, so validating
 * 10,000 claims costs one request for every table and version (docs/performance.md).
 */
public final class DynamoDbReferenceStore implements ReferenceStore {
  private final DynamoDbReads dynamoDb;
  private final String table;

  public DynamoDbReferenceStore(DynamoDbReads dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public ReferenceData current() {
    try {
      return ReferenceItems.read(
          dynamoDb.query(table, ReferenceItems.PARTITION_KEY, ReferenceItems.PARTITION));
    } catch (DynamoDbReadException e) {
      throw new ReferenceStoreUnavailableException(
          "reference tables in " + table + " cannot be read (" + e.type() + ")", e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ReferenceStoreUnavailableException(
          "reference tables in " + table + " cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
