package com.claims01940.local.snapshot;

/** An afterRestore hook failed. */
public class RestoreException extends Exception {
  public RestoreException(Throwable cause) {
    super(cause);
  }
}
