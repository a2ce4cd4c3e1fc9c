package com.claims01940.policy;

/** The policy store cannot be reached now; callers answer 503 (API) or retry (bulk). */
public class PolicyStoreUnavailableException extends RuntimeException {
  public PolicyStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
