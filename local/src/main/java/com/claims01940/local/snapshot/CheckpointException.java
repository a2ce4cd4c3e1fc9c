package com.claims01940.local.snapshot;

/** A beforeCheckpoint hook failed. */
public class CheckpointException extends Exception {
  public CheckpointException(Throwable cause) {
    super(cause);
  }
}
