package com.claims01940.awssdk;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The one way this project configures SDK clients (DynamoDbReads, DynamoDbClients and S3Clients use
 * it): the url-connection HTTP client (small, fast to start; Amazon's TLS roots first), region and
 * credentials from the environment, standard retries with backoff (throttling included), and
 * bounded timeouts so an unreachable endpoint fails fast.
 */
public final class SdkClients {
  private SdkClients() {}

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);

  /** The longest one call may take, retries included. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

  /**
   * The url-connection HTTP client with this project's timeouts, trusting Amazon's roots before the
   * JDK's whole trust store (the cheaper cold start, see {@link AmazonRootsTrustManager}).
   */
  public static UrlConnectionHttpClient.Builder httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(CONNECT_TIMEOUT)
        .socketTimeout(SOCKET_TIMEOUT)
        .tlsTrustManagersProvider(AmazonRootsTrustManager::asArray);
  }

  public static ClientOverrideConfiguration override() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(RetryMode.STANDARD)
        .apiCallTimeout(CALL_TIMEOUT)
        .build();
  }

  /**
   * Lambda puts credentials in the environment, the cheapest provider to start. A local endpoint
   * (dynalite, s3proxy, LocalStack) accepts any key, so none needs configuring there.
   */
  public static AwsCredentialsProvider credentials(URI endpoint) {
    if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
      return EnvironmentVariableCredentialsProvider.create();
    }
    if (endpoint != null) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
