package com.claims01940.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything a function reads from its environment (template.yaml sets it on AWS; the local stack
 * sets the same names as system properties, since it runs handlers in-process), read once per
 * container by {@link #current()}. A value only some functions need is checked where it is used
 * ({@link #required}).
 */
public record Settings(
    String region,
    String policyTable,
    String policyHistoryTable,
    String codeSetTable,
    URI dynamoDbEndpoint,
    Duration policyCacheTtl,
    String uploadsBucket,
    URI s3Endpoint,
    List<String> corsAllowedOrigins,
    long maxUploadBytes,
    Integer bulkMaxRecords,
    String metricsNamespace,
    String metricsEnvironment,
    String x12SenderQualifier,
    String x12SenderId,
    String x12SenderName) {

  public static final String REGION = "AWS_REGION";

  /** Who our 837P acknowledgments (999, 277CA) say sent them: ISA05/ISA06, GS02, NM1*AY. */
  public static final String X12_SENDER_QUALIFIER = "X12_SENDER_QUALIFIER";

  public static final String X12_SENDER_ID = "X12_SENDER_ID";
  public static final String X12_SENDER_NAME = "X12_SENDER_NAME";
  public static final String POLICY_TABLE = "POLICY_TABLE";
  public static final String POLICY_HISTORY_TABLE = "POLICY_HISTORY_TABLE";
  public static final String CODESET_TABLE = "CODESET_TABLE";
  public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
  public static final String POLICY_CACHE_TTL_SECONDS = "POLICY_CACHE_TTL_SECONDS";
  public static final String UPLOADS_BUCKET = "UPLOADS_BUCKET";
  public static final String S3_ENDPOINT = "S3_ENDPOINT";
  public static final String CORS_ALLOWED_ORIGINS = "CORS_ALLOWED_ORIGINS";
  public static final String MAX_UPLOAD_BYTES = "MAX_UPLOAD_BYTES";
  public static final String BULK_MAX_RECORDS = "BULK_MAX_RECORDS";
  public static final String METRICS_NAMESPACE = "METRICS_NAMESPACE";
  public static final String METRICS_ENVIRONMENT = "METRICS_ENVIRONMENT";

  /**
   * The largest bulk file accepted when the template does not say (its MaxUploadBytes default, 100
   * MiB).
   */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

  private static volatile Settings current;

  /** This container's settings, read on first use. */
  public static Settings current() {
    Settings s = current;
    if (s == null) {
      s = reload();
    }
    return s;
  }

  /**
   * Reads the settings again. A container on AWS never needs to; the local stack does, once, after
   * it has set the settings of the "container" it starts in its own JVM.
   */
  public static synchronized Settings reload() {
    current = from(Env.all());
    return current;
  }

  public static Settings from(Map<String, String> env) {
    return new Settings(
        env.getOrDefault(REGION, "us-east-1"),
        blankToNull(env.get(POLICY_TABLE)),
        blankToNull(env.get(POLICY_HISTORY_TABLE)),
        blankToNull(env.get(CODESET_TABLE)),
        uri(env.get(DYNAMODB_ENDPOINT)),
        Duration.ofSeconds(
            Long.parseLong(env.getOrDefault(POLICY_CACHE_TTL_SECONDS, "300").strip())),
        blankToNull(env.get(UPLOADS_BUCKET)),
        uri(env.get(S3_ENDPOINT)),
        list(env.get(CORS_ALLOWED_ORIGINS)),
        env.containsKey(MAX_UPLOAD_BYTES)
            ? Long.parseLong(env.get(MAX_UPLOAD_BYTES).strip())
            : DEFAULT_MAX_UPLOAD_BYTES,
        env.containsKey(BULK_MAX_RECORDS)
            ? Integer.valueOf(env.get(BULK_MAX_RECORDS).strip())
            : null,
        env.getOrDefault(METRICS_NAMESPACE, "Claims01940"),
        env.getOrDefault(METRICS_ENVIRONMENT, "local"),
        env.getOrDefault(X12_SENDER_QUALIFIER, "ZZ"),
        env.getOrDefault(X12_SENDER_ID, "CLAIMS01940"),
        env.getOrDefault(X12_SENDER_NAME, "01940 CLAIM VALIDATION"));
  }

  /**
   * A value this function cannot run without; a clear failure at start-up rather than a null later.
   */
  public static String required(String name, String value) {
    if (value == null) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static URI uri(String s) {
    return s == null || s.isBlank() ? null : URI.create(s);
  }

  private static List<String> list(String s) {
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }
}
