package com.claims01940.awssdk;

import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * An SDK credentials provider that can be rebuilt in place: the clients keep this one object, and
 * {@link #refresh()} swaps the provider behind it for a new one from the same factory. A SnapStart
 * restore calls it, so that credentials (and their caches) resolved while priming are never served
 * from the snapshot.
 */
public final class RefreshableCredentials implements AwsCredentialsProvider, SdkAutoCloseable {
  private final Supplier<AwsCredentialsProvider> factory;
  private volatile AwsCredentialsProvider current;

  public RefreshableCredentials(Supplier<AwsCredentialsProvider> factory) {
    this.factory = factory;
    this.current = factory.get();
  }

  /** The provider now in use (what kind of provider a test checks). */
  public AwsCredentialsProvider current() {
    return current;
  }

  @Override
  public AwsCredentials resolveCredentials() {
    return current.resolveCredentials();
  }

  /** Builds a new provider from the factory; the old one is closed. */
  public synchronized void refresh() {
    AwsCredentialsProvider old = current;
    current = factory.get();
    closeQuietly(old);
  }

  @Override
  public void close() {
    closeQuietly(current);
  }

  private static void closeQuietly(AwsCredentialsProvider provider) {
    if (provider instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // A provider that cannot close holds nothing a new one needs.
      }
    }
  }
}
