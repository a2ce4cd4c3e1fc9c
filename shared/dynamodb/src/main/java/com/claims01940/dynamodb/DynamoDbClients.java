package com.claims01940.dynamodb;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.runtime.Settings;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SDK's full DynamoDB client, built the way {@link SdkClients} configures every client: what
 * the loaders and table tools use to create tables and write items. The functions read with the
 * lighter {@link DynamoDbReads}.
 */
public final class DynamoDbClients {
  private DynamoDbClients() {}

  public static DynamoDbClient dynamoDb(String region, URI endpoint) {
    var builder =
        DynamoDbClient.builder()
            .httpClient(SdkClients.httpClient().build())
            .region(Region.of(region))
            .credentialsProvider(SdkClients.credentials(endpoint))
            .overrideConfiguration(SdkClients.override());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  public static DynamoDbClient dynamoDb(Settings settings) {
    return dynamoDb(settings.region(), settings.dynamoDbEndpoint());
  }
}
