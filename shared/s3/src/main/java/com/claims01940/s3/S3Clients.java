package com.claims01940.s3;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3 clients built the project's way (url-connection HTTP client, environment region and
 * credentials). With a local endpoint (s3proxy, LocalStack) they use path-style addressing and
 * checksums only when required, which those servers need.
 */
public final class S3Clients {
  private S3Clients() {}

  /** S3's own first backoff in the SDK's standard retry strategy. */
  static final Duration BASE_DELAY = Duration.ofMillis(100);

  public static S3Client s3(String region, URI endpoint, ExecutionInterceptor... interceptors) {
    return s3(region, endpoint, SdkClients.credentials(endpoint), interceptors);
  }

  public static S3Client s3(
      String region,
      URI endpoint,
      AwsCredentialsProvider credentials,
      ExecutionInterceptor... interceptors) {
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.builder().build())
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .overrideConfiguration(
                SdkClients.retries(BASE_DELAY)
                    .executionInterceptors(List.of(interceptors))
                    .build());
    if (endpoint != null) {
      builder
          .endpointOverride(endpoint)
          .forcePathStyle(true)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  /** A small JSON object (a summary, a marker), or null when there is no such key. */
  public static JsonNode readJson(S3Client s3, String bucket, String key) throws IOException {
    try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key))) {
      return Json.MAPPER.readTree(in);
    } catch (NoSuchKeyException absent) {
      return null;
    }
  }

  public static S3Presigner presigner(String region, URI endpoint) {
    return presigner(region, endpoint, SdkClients.credentials(endpoint));
  }

  public static S3Presigner presigner(
      String region, URI endpoint, AwsCredentialsProvider credentials) {
    var builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials);
    if (endpoint != null) {
      builder
          .endpointOverride(endpoint)
          .serviceConfiguration(
              software.amazon.awssdk.services.s3.S3Configuration.builder()
                  .pathStyleAccessEnabled(true)
                  .build());
    }
    return builder.build();
  }
}
