package com.claims01940.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** An API Gateway HTTP API response (payload format 2.0), written with the project's Jackson. */
public record HttpApiResponse(
    int statusCode,
    Map<String, String> headers,
    String body,
    @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {}
