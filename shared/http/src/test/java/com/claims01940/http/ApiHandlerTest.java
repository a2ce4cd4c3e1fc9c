package com.claims01940.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.reference.ReferenceStoreUnavailableException;
import com.claims01940.runtime.Log;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The envelope every API function shares: what a handler throws becomes problem+json with the
 * request id — a store it cannot read a 503 with Retry-After, anything else a 500 that names no
 * detail — and a payload that is not an API Gateway event a 400; each request logs one line.
 */
class ApiHandlerTest {
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  PrintStream previous;

  @BeforeEach
  void captureLogs() {
    previous = Log.to(new PrintStream(logs, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLogs() {
    Log.to(previous);
  }

  /** A handler whose answer is the given function of the request. */
  static ApiHandler answering(Function<ApiRequest, HttpApiResponse> answer) {
    return new ApiHandler() {
      @Override
      protected HttpApiResponse respond(ApiRequest request) {
        return answer.apply(request);
      }
    };
  }

  static HttpApiEvent event() {
    return HttpApiEvent.request("GET", "GET /v1/rules", "/v1/rules", Map.of(), Map.of(), null);
  }

  static JsonNode body(HttpApiResponse r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void anAnswerIsPassedThroughAndLogged() {
    HttpApiResponse r = answering(q -> Responses.json(200, Map.of("ok", true), q)).handle(event());
    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().get("Content-Type"));
    assertEquals("no-store", r.headers().get("Cache-Control"));
    assertTrue(logs.toString().contains("request.done"), logs.toString());
  }

  @Test
  void anUnreadablePolicyStoreIs503WithRetryAfter() throws IOException {
    HttpApiResponse r =
        answering(
                q -> {
                  throw new PolicyStoreUnavailableException("table gone", null);
                })
            .handle(event());
    assertEquals(503, r.statusCode());
    assertEquals(Responses.RETRY_AFTER_SECONDS, r.headers().get("Retry-After"));
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    assertEquals(503, body(r).path("status").asInt());
    assertTrue(logs.toString().contains("policy.unavailable"), logs.toString());
  }

  @Test
  void aMalformedPolicyIs503NamingThePayerButNotTheValue() throws IOException {
    HttpApiResponse r =
        answering(
                q -> {
                  throw new PolicyFormatException(
                      "AETNA", "parameters.x.value", "must be a number");
                })
            .handle(event());
    assertEquals(503, r.statusCode());
    assertTrue(body(r).path("detail").asText().contains("AETNA"), r.body());
    assertTrue(logs.toString().contains("policy.malformed"), logs.toString());
  }

  @Test
  void unreadableReferenceTablesAre503() {
    HttpApiResponse r =
        answering(
                q -> {
                  throw new ReferenceStoreUnavailableException("no table", null);
                })
            .handle(event());
    assertEquals(503, r.statusCode());
    assertEquals(Responses.RETRY_AFTER_SECONDS, r.headers().get("Retry-After"));
    assertTrue(logs.toString().contains("codesets.unavailable"), logs.toString());
  }

  @Test
  void aProgrammingErrorIs500WithoutItsMessage() throws IOException {
    HttpApiResponse r =
        answering(
                q -> {
                  throw new IllegalStateException("patient Jane Doe 1970-01-01");
                })
            .handle(event());
    assertEquals(500, r.statusCode());
    assertFalse(r.body().contains("Jane"), r.body());
    assertFalse(logs.toString().contains("Jane"), "no message in the log: " + logs);
    assertTrue(logs.toString().contains("IllegalStateException"), logs.toString());
    assertEquals("priming", body(r).path("requestId").asText(), "the request id, for the log");
  }

  @Test
  void aPayloadThatIsNotAnEventIs400() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    answering(q -> Responses.json(200, Map.of(), q))
        .handleRequest(
            new ByteArrayInputStream("[1,2".getBytes(StandardCharsets.UTF_8)), out, null);
    JsonNode response = Json.MAPPER.readTree(out.toByteArray());
    assertEquals(400, response.path("statusCode").asInt());
    assertEquals(
        "application/problem+json", response.path("headers").path("Content-Type").asText());
  }

  @Test
  void primingFailsOnA5xxAndPassesOtherwise() {
    answering(q -> Responses.json(404, Map.of(), q)).prime(event());
    ApiHandler down =
        answering(
            q -> {
              throw new PolicyStoreUnavailableException("down", null);
            });
    assertThrows(IllegalStateException.class, () -> down.prime(event()));
  }
}
