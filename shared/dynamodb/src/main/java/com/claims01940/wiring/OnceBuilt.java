package com.claims01940.wiring;

import java.util.function.Supplier;

/**
 * A value built on first use and kept; a build that fails is not kept, so the next use tries again
 * (a client that could not be built once, say for a missing region, is not broken for the life of
 * the container, as a failed class initialiser would be).
 */
final class OnceBuilt<T> implements Supplier<T> {
  private final Supplier<T> build;
  private volatile T value;

  OnceBuilt(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      if (value == null) {
        value = build.get();
      }
      return value;
    }
  }
}
