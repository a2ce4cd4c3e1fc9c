package com.claims01940.dynamodb;

import java.util.Set;

/**
 * A DynamoDB read that failed: the operation, the HTTP status (0: no answer), DynamoDB's error type
 * (the name after '#' in {@code __type}, or "IOException") and message, and whether a retry may
 * succeed.
 */
public final class DynamoDbReadException extends RuntimeException {
  /** DynamoDB's throttling errors: retried, after a longer pause. */
  static final Set<String> THROTTLING =
      Set.of(
          "ThrottlingException", "ProvisionedThroughputExceededException", "RequestLimitExceeded");

  private final int status;
  private final String type;
  private final boolean retryable;

  DynamoDbReadException(
      String operation,
      int status,
      String type,
      String message,
      boolean retryable,
      Throwable cause) {
    super(operation + " failed: " + type + (message.isEmpty() ? "" : " (" + message + ")"), cause);
    this.status = status;
    this.type = type;
    this.retryable = retryable;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public boolean retryable() {
    return retryable;
  }

  boolean throttled() {
    return THROTTLING.contains(type);
  }

  public boolean tableMissing() {
    return type.equals("ResourceNotFoundException");
  }
}
