package com.claims01940.reference;

/** The port to the reference tables. Implementations: DynamoDB (shared/dynamodb), fixed data. */
public interface ReferenceStore {

  /** The tables as loaded now; never null ({@link ReferenceData#EMPTY} when none are). */
  ReferenceData current();

  static ReferenceStore of(ReferenceData data) {
    return () -> data;
  }
}
