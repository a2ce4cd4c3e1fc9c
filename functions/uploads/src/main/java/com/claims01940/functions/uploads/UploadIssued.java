package com.claims01940.functions.uploads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The 201 answer to POST /v1/uploads: where and how to PUT the file, and where to ask for its
 * status.
 */
@JsonPropertyOrder({
  "uploadId",
  "key",
  "uploadUrl",
  "method",
  "headers",
  "expiresAt",
  "maxBytes",
  "statusUrl"
})
public record UploadIssued(
    String uploadId,
    String key,
    String uploadUrl,
    String method,
    Map<String, String> headers,
    String expiresAt,
    long maxBytes,
    String statusUrl) {}
