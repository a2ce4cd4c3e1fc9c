package com.claims01940.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Settings the functions read from their environment (template.yaml sets them; the local stack
 * sets the endpoint overrides). Read once per container.
 */
public record AwsSettings(
    String region,
    String policyTable,
    URI dynamoDbEndpoint,
    Duration policyCacheTtl) {

  public static final String REGION = "AWS_REGION";
  public static final String POLICY_TABLE = "POLICY_TABLE";
  public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
  public static final String POLICY_CACHE_TTL_SECONDS = "POLICY_CACHE_TTL_SECONDS";

  public static AwsSettings fromEnvironment() {
    return from(System.getenv());
  }

  public static AwsSettings from(Map<String, String> env) {
    String table = env.get(POLICY_TABLE);
    if (table == null || table.isBlank()) {
      throw new IllegalStateException("environment variable " + POLICY_TABLE + " is not set");
    }
    String endpoint = env.get(DYNAMODB_ENDPOINT);
    String ttl = env.getOrDefault(POLICY_CACHE_TTL_SECONDS, "300");
    return new AwsSettings(env.getOrDefault(REGION, "us-east-1"), table,
        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
        Duration.ofSeconds(Long.parseLong(ttl.strip())));
  }
}
