package com.claims01940.aws.s3;

import com.claims01940.aws.Clients;
import java.net.URI;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3 clients built the project's way (url-connection HTTP client, environment region and
 * credentials). With a local endpoint (s3proxy, LocalStack) they use path-style addressing and
 * checksums only when required, which those servers need.
 */
public final class S3Clients {
  private S3Clients() {}

  public static S3Client s3(String region, URI endpoint) {
    var builder = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.builder().build())
        .region(Region.of(region))
        .credentialsProvider(Clients.credentials(endpoint));
    if (endpoint != null) {
      builder.endpointOverride(endpoint)
          .forcePathStyle(true)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  public static S3Presigner presigner(String region, URI endpoint) {
    var builder = S3Presigner.builder()
        .region(Region.of(region))
        .credentialsProvider(Clients.credentials(endpoint));
    if (endpoint != null) {
      builder.endpointOverride(endpoint)
          .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }
    return builder.build();
  }
}
