package com.claims01940.functions.uploads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET /v1/uploads/{uploadId}: PENDING until the file's summary exists, then DONE with the summary
 * and a presigned GET of the results file, and for an X12 file of its 999 and (when a transaction
 * set was accepted) its 277CA, both valid as long as the results URL.
 */
@JsonPropertyOrder({
  "uploadId",
  "key",
  "status",
  "resultsKey",
  "resultsUrl",
  "resultsUrlExpiresAt",
  "implementationAckUrl",
  "claimAckUrl",
  "summary"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadStatus(
    String uploadId,
    String key,
    String status,
    String resultsKey,
    String resultsUrl,
    String resultsUrlExpiresAt,
    String implementationAckUrl,
    String claimAckUrl,
    JsonNode summary) {}
