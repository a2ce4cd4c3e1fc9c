package com.claims01940.dynamodb;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.runtime.Settings;
import java.net.URI;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB client, built the way {@link SdkClients} configures every client. */
public final class DynamoDbClients {
  private DynamoDbClients() {}

  public static DynamoDbClient dynamoDb(
      String region, URI endpoint, ExecutionInterceptor... interceptors) {
    var builder =
        DynamoDbClient.builder()
            .httpClient(SdkClients.httpClient().build())
            .region(Region.of(region))
            .credentialsProvider(SdkClients.credentials(endpoint))
            .overrideConfiguration(SdkClients.override(interceptors));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  public static DynamoDbClient dynamoDb(Settings settings) {
    return dynamoDb(settings.region(), settings.dynamoDbEndpoint());
  }
}
