package com.claims01940.dynamodb;

import com.claims01940.policy.PolicyStoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * What a failed read of DynamoDB is called in logs and problem details: the table is missing, or
 * DynamoDB's error code, or the class of whatever else failed (credentials, the network, a bug) —
 * never its message, which may quote a request.
 */
final class DynamoDbReadFailure {
  private DynamoDbReadFailure() {}

  /**
   * Runs one request to the policy tables: any failure of it — DynamoDB's answer, the network,
   * credentials, a client that would not build — is the store being unavailable (503), never a 500.
   */
  static <T> T policyStoreCall(String tables, String what, Supplier<T> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      if (tableMissing(e)) {
        throw new PolicyStoreUnavailableException(
            "policy table " + tables + " does not exist (cannot " + what + ")", e);
      }
      throw new PolicyStoreUnavailableException(
          "policy store unavailable: cannot " + what + " (" + describe(e) + ")", e);
    }
  }

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
