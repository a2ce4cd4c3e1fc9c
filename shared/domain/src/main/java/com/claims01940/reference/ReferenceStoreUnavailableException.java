package com.claims01940.reference;

/** The reference tables could not be read (the store is down or an item does not decode). */
public class ReferenceStoreUnavailableException extends RuntimeException {
  public ReferenceStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
