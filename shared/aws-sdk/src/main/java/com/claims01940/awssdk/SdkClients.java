package com.claims01940.awssdk;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The one way this project configures SDK clients (DynamoDbClients and S3Clients use it): the
 * url-connection HTTP client (small, fast to start) trusting the JDK's store, credentials from the
 * SDK's default chain, each service's own retry strategy with restore-safe jitter, and bounded
 * timeouts so an unreachable endpoint fails fast. Region, FIPS and dual-stack endpoints come from
 * the SDK's own settings ({@code AWS_USE_FIPS_ENDPOINT}, {@code AWS_USE_DUALSTACK_ENDPOINT}).
 */
public final class SdkClients {
  private SdkClients() {}

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);

  /** The longest one call may take, retries included. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

  /** The longest one attempt may take: a stalled connection leaves time for another. */
  public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);

  /** The SDK's ceiling on one backoff, and its base for throttling errors. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

  static final Duration THROTTLED_BASE_DELAY = Duration.ofSeconds(1);

  public static UrlConnectionHttpClient.Builder httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(CONNECT_TIMEOUT)
        .socketTimeout(SOCKET_TIMEOUT);
  }

  /**
   * The service's own retry strategy (DynamoDB's: more attempts, a 25 ms base), its backoff swapped
   * for {@link RestoreSafeBackoff} with the same base, within the call and attempt timeouts.
   */
  public static ClientOverrideConfiguration override(Duration baseDelay) {
    return retries(baseDelay)
        .apiCallTimeout(CALL_TIMEOUT)
        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
        .build();
  }

  /**
   * The service's retry strategy with restore-safe jitter, and no call timeout: for S3, whose calls
   * stream whole bulk files.
   */
  public static ClientOverrideConfiguration.Builder retries(Duration baseDelay) {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(
            b ->
                b.backoffStrategy(new RestoreSafeBackoff(baseDelay, MAX_BACKOFF))
                    .throttlingBackoffStrategy(
                        new RestoreSafeBackoff(THROTTLED_BASE_DELAY, MAX_BACKOFF)));
  }

  /** Credentials for a client of this process, from its environment. */
  public static RefreshableCredentials credentials(URI endpoint) {
    return credentials(endpoint, System::getenv);
  }

  /**
   * On Lambda, always the SDK's default chain (environment, or the container credentials endpoint
   * SnapStart functions get), whatever endpoint is configured: a function never signs with a
   * made-up key. Off Lambda, a local endpoint (dynalite, s3proxy, LocalStack) accepts any key, so
   * none needs configuring there unless the environment names one.
   */
  static RefreshableCredentials credentials(URI endpoint, UnaryOperator<String> env) {
    boolean onLambda = env.apply("AWS_LAMBDA_FUNCTION_NAME") != null;
    boolean keyGiven = env.apply("AWS_ACCESS_KEY_ID") != null;
    return new RefreshableCredentials(
        !onLambda && !keyGiven && endpoint != null
            ? () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
            : () -> DefaultCredentialsProvider.builder().build());
  }
}
