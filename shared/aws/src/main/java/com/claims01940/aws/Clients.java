package com.claims01940.aws;

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
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds SDK clients the one way this project builds them: the url-connection HTTP client (small,
 * fast to start), region and credentials from the environment, standard retries with backoff
 * (throttling included), and bounded timeouts so an unreachable endpoint fails fast.
 */
public final class Clients {
  private Clients() {}

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(8);

  public static DynamoDbClient dynamoDb(String region, URI endpoint, ExecutionInterceptor... interceptors) {
    var builder = DynamoDbClient.builder()
        .httpClient(UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(SOCKET_TIMEOUT)
            .build())
        .region(Region.of(region))
        .credentialsProvider(credentials(endpoint))
        .overrideConfiguration(override(interceptors));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  public static DynamoDbClient dynamoDb(AwsSettings settings) {
    return dynamoDb(settings.region(), settings.dynamoDbEndpoint());
  }

  static ClientOverrideConfiguration override(ExecutionInterceptor... interceptors) {
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
