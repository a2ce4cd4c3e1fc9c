package com.claims01940.awssdk;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The one way this project configures SDK clients (DynamoDbClients and S3Clients use it): the
 * url-connection HTTP client (small, fast to start), region and credentials from the environment,
 * standard retries with backoff (throttling included), and bounded timeouts so an unreachable
 * endpoint fails fast.
 */
public final class SdkClients {
  private SdkClients() {}

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

  /** The url-connection HTTP client with this project's timeouts. */
  public static UrlConnectionHttpClient.Builder httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(CONNECT_TIMEOUT)
        .socketTimeout(SOCKET_TIMEOUT);
  }

  public static ClientOverrideConfiguration override(ExecutionInterceptor... interceptors) {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(RetryMode.STANDARD)
        .apiCallTimeout(CALL_TIMEOUT)
        .executionInterceptors(List.of(interceptors))
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
