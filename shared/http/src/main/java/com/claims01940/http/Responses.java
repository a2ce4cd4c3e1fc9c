package com.claims01940.http;

import com.claims01940.json.Json;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.runtime.Settings;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds HTTP API responses: JSON or problem+json, always with the request id and CORS headers. */
public final class Responses {
  private Responses() {}

  /** Seconds a client should wait before retrying a 503. */
  public static final String RETRY_AFTER_SECONDS = "5";

  /**
   * The end of every API request: one log line and the request metrics (count and latency by route
   * and status).
   */
  public static HttpApiResponse done(
      ApiRequest request, HttpApiResponse response, long startNanos) {
    String route = request.routeKey() == null ? "$default" : request.routeKey();
    Log.info("request.done")
        .id("requestId", request.requestId())
        .id("route", route)
        .count("status", response.statusCode())
        .emit();
    Metrics.request(route, response.statusCode(), (System.nanoTime() - startNanos) / 1e6);
    return response;
  }

  public static HttpApiResponse json(int status, Object body, ApiRequest request) {
    return build(status, "application/json", body, request, Map.of());
  }

  public static HttpApiResponse json(
      int status, Object body, ApiRequest request, Map<String, String> extra) {
    return build(status, "application/json", body, request, extra);
  }

  /** 503 with Retry-After: a dependency is down; the same request will work again shortly. */
  public static HttpApiResponse unavailable(ApiRequest request, String detail) {
    return problem(
        Problem.unavailable(detail), request, Map.of("Retry-After", RETRY_AFTER_SECONDS));
  }

  public static HttpApiResponse problem(Problem problem, ApiRequest request) {
    return problem(problem, request, Map.of());
  }

  public static HttpApiResponse problem(
      Problem problem, ApiRequest request, Map<String, String> extra) {
    return build(
        problem.status(),
        "application/problem+json",
        problem.withRequestId(request.requestId()),
        request,
        extra);
  }

  private static HttpApiResponse build(
      int status, String type, Object body, ApiRequest request, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", type);
    headers.put("X-Request-Id", request.requestId());
    headers.put("Cache-Control", "no-store");
    cors(request, headers);
    headers.putAll(extra);
    String text;
    try {
      text = Json.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
    return new HttpApiResponse(status, headers, text, false);
  }

  /**
   * Echoes an allowed Origin (or * when all are allowed); API Gateway's CORS does the same on AWS.
   */
  static void cors(ApiRequest request, Map<String, String> headers) {
    String origin = request.header("origin");
    if (origin == null) {
      return;
    }
    List<String> allowed = Settings.current().corsAllowedOrigins();
    if (allowed.contains("*")) {
      headers.put("Access-Control-Allow-Origin", "*");
    } else if (allowed.contains(origin)) {
      headers.put("Access-Control-Allow-Origin", origin);
      headers.put("Vary", "Origin");
    }
    if (headers.containsKey("Access-Control-Allow-Origin")) {
      headers.put("Access-Control-Expose-Headers", "X-Request-Id, Retry-After, ETag");
    }
  }
}
