package com.claims01940.functions.uploads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET /v1/uploads/{uploadId}: PENDING until the file's summary exists, then DONE with the summary.
 */
@JsonPropertyOrder({"uploadId", "key", "status", "resultsKey", "summary"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadStatus(
    String uploadId, String key, String status, String resultsKey, JsonNode summary) {}
