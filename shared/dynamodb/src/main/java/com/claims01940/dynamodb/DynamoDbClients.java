package com.claims01940.dynamodb;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.runtime.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The SDK's DynamoDB client, built the way {@link SdkClients} configures every client: what the
 * functions read with, and what the loaders and table tools write with.
 */
public final class DynamoDbClients {
  private DynamoDbClients() {}

  /** DynamoDB's own first backoff (the SDK's DynamoDB retry strategy uses it too). */
  static final Duration BASE_DELAY = Duration.ofMillis(25);

  public static DynamoDbClient dynamoDb(
      SdkHttpClient http, String region, URI endpoint, AwsCredentialsProvider credentials) {
    var builder =
        DynamoDbClient.builder()
            .httpClient(http)
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .overrideConfiguration(SdkClients.override(BASE_DELAY));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  public static DynamoDbClient dynamoDb(String region, URI endpoint) {
    return dynamoDb(
        SdkClients.httpClient().build(), region, endpoint, SdkClients.credentials(endpoint));
  }

  public static DynamoDbClient dynamoDb(Settings settings) {
    return dynamoDb(settings.region(), settings.dynamoDbEndpoint());
  }

  /** Every item whose partition key {@code keyName} is {@code keyValue}, all pages, in order. */
  public static List<Map<String, AttributeValue>> partition(
      DynamoDbClient dynamoDb, String table, String keyName, String keyValue) {
    return dynamoDb
        .queryPaginator(
            q ->
                q.tableName(table)
                    .keyConditionExpression("#k = :k")
                    .expressionAttributeNames(Map.of("#k", keyName))
                    .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(keyValue))))
        .items()
        .stream()
        .toList();
  }
}
