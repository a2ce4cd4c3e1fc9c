package com.claims01940.dynamodb;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * What a failed read of DynamoDB is called in logs and problem details: the table is missing, or
 * DynamoDB's error code, or the class of whatever else failed (credentials, the network, a bug) —
 * never its message, which may quote a request.
 */
final class DynamoDbReadFailure {
  private DynamoDbReadFailure() {}

  static boolean tableMissing(RuntimeException e) {
    return e instanceof ResourceNotFoundException;
  }

  static String describe(RuntimeException e) {
    if (e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && service.awsErrorDetails().errorCode() != null) {
      return service.awsErrorDetails().errorCode();
    }
    return e.getClass().getSimpleName();
  }
}
