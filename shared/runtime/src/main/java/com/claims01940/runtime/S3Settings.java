package com.claims01940.runtime;

import java.net.URI;
import java.util.Map;

/** The uploads bucket and, for local runs, the S3 endpoint; template.yaml provides them. */
public record S3Settings(String region, String bucket, URI endpoint) {
  public static final String UPLOADS_BUCKET = "UPLOADS_BUCKET";
  public static final String S3_ENDPOINT = "S3_ENDPOINT";

  public static S3Settings from(Map<String, String> env) {
    String bucket = env.get(UPLOADS_BUCKET);
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalStateException("environment variable " + UPLOADS_BUCKET + " is not set");
    }
    String endpoint = env.get(S3_ENDPOINT);
    return new S3Settings(env.getOrDefault("AWS_REGION", "us-east-1"), bucket,
        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint));
  }
}
