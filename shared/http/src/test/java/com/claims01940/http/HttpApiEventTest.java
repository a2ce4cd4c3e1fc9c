package com.claims01940.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.http.testing.EventFixtures;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API functions read API Gateway's payload 2.0 events themselves: real samples (what `sam local
 * generate-event apigateway http-api-proxy` prints, the API Gateway guide's example) read as API
 * Gateway means them, and the stream round trip answers in payload 2.0.
 */
class HttpApiEventTest {
  /** Answers with what it understood of the request, so a test can see it on the wire. */
  static final ApiHandler ECHO =
      new ApiHandler() {
        @Override
        protected HttpApiResponse respond(ApiRequest request) {
          return Responses.json(
              200,
              Map.of(
                  "method", request.method(),
                  "path", request.path(),
                  "cookie", String.valueOf(request.header("cookie")),
                  "header2", String.valueOf(request.header("Header2")),
                  "parameter1", String.valueOf(request.query().get("parameter1")),
                  "body", new String(request.body(), StandardCharsets.UTF_8)),
              request);
        }
      };

  static byte[] sample(String name) {
    try (InputStream in = HttpApiEventTest.class.getResourceAsStream("/apigateway/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSamCliSampleIsReadAsApiGatewayMeansIt() throws IOException {
    ApiRequest r =
        ApiRequest.of(HttpApiEvent.read(sample("sam-generate-event-http-api-proxy.json")));
    assertEquals("POST", r.method());
    assertEquals("/path/to/resource", r.path());
    assertEquals("$default", r.routeKey());
    assertEquals("id", r.requestId());
    assertEquals("value1,value2", r.header("header2"), "names are matched in any case");
    assertEquals("cookie1; cookie2", r.header("cookie"), "cookies come back as one header");
    assertEquals(Map.of("parameter1", "value1,value2", "parameter2", "value"), r.query());
    assertEquals(Map.of("parameter1", "value1"), r.pathParameters());
    assertArrayEquals("{\"test\":\"body\"}".getBytes(StandardCharsets.UTF_8), r.body());
    assertFalse(r.bodyUndecodable());
  }

  @Test
  void theGuidesExampleRoundTripsThroughTheStreamHandler() {
    JsonNode wire = EventFixtures.invoke(ECHO, sample("api-gateway-docs-payload-2.0.json"));
    assertEquals(200, wire.path("statusCode").asInt(), wire.toString());
    assertFalse(wire.path("isBase64Encoded").asBoolean(true));
    assertEquals("id", wire.path("headers").path("X-Request-Id").asText());
    JsonNode echoed = Json.MAPPER.valueToTree(readBody(wire));
    assertEquals("POST", echoed.path("method").asText());
    assertEquals("/my/path", echoed.path("path").asText());
    assertEquals("value1,value2", echoed.path("header2").asText());
    assertEquals("value1,value2", echoed.path("parameter1").asText());
    assertEquals("Hello from Lambda", echoed.path("body").asText(), "not base64: taken as is");
  }

  @Test
  void listValuedHeadersAreFoldedWithCommasAndNullsDropped() throws IOException {
    String event =
        "{\"headers\":{\"Accept\":[\"application/json\",\"text/plain\"],\"X-Count\":3,"
            + "\"X-None\":null},\"queryStringParameters\":{\"a\":[\"1\",\"2\"]},"
            + "\"requestContext\":{\"http\":{\"method\":\"get\"}},\"somethingNew\":{\"x\":[1]}}";
    ApiRequest r = ApiRequest.of(HttpApiEvent.read(event.getBytes(StandardCharsets.UTF_8)));
    assertEquals("application/json,text/plain", r.header("accept"));
    assertEquals("3", r.header("x-count"));
    assertFalse(r.headers().containsKey("x-none"));
    assertEquals("1,2", r.query().get("a"));
    assertEquals("GET", r.method());
    assertEquals("/", r.path(), "no rawPath: the root");
    assertEquals(0, r.body().length);
  }

  @Test
  void aBodyFarLargerThanAClaimIsReadSoTheHandlerCanSay413() throws IOException {
    String big = "x".repeat(1_000_000);
    ApiRequest r =
        ApiRequest.of(
            HttpApiEvent.read(("{\"body\":\"" + big + "\"}").getBytes(StandardCharsets.UTF_8)));
    assertEquals(1_000_000, r.body().length);
  }

  @Test
  void somethingThatIsNotAnEventIsA400ProblemNotAnException() {
    for (String payload : new String[] {"[1,2]", "\"hello\"", "{\"headers\":[1]}", "{not json"}) {
      JsonNode wire = EventFixtures.invoke(ECHO, payload.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, wire.path("statusCode").asInt(), payload);
      assertEquals(
          "application/problem+json", wire.path("headers").path("Content-Type").asText(), payload);
      assertTrue(
          readBody(wire).path("errors").get(0).path("message").asText().contains("payload 2.0"),
          wire.toString());
    }
  }

  static JsonNode readBody(JsonNode wire) {
    try {
      return Json.MAPPER.readTree(wire.path("body").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
