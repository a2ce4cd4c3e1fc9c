package com.claims01940.http;

import com.claims01940.json.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway HTTP API event (payload format 2.0), read with the project's own Jackson: the
 * fields the handlers use, every other field ignored. Reading it here instead of through the Lambda
 * runtime's event serializer (a second, shaded Jackson) is most of a cold start's saving; see
 * docs/performance.md.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpApiEvent(
    String routeKey,
    String rawPath,
    List<String> cookies,
    @JsonDeserialize(using = FoldedValues.class) Map<String, String> headers,
    @JsonDeserialize(using = FoldedValues.class) Map<String, String> queryStringParameters,
    Map<String, String> pathParameters,
    RequestContext requestContext,
    String body,
    @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RequestContext(String requestId, Http http, Authorizer authorizer) {
    public RequestContext(String requestId, Http http) {
      this(requestId, http, null);
    }
  }

  /** What API Gateway's JWT authorizer passes on: the token's claims (as strings) and scopes. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Authorizer(Jwt jwt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Jwt(Map<String, String> claims, List<String> scopes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Http(String method, String path) {}

  /**
   * The body is one string in the event, and may be far larger than a claim (413 is the handler's
   * answer, not a parse failure): strings up to Lambda's 6 MB request limit, with room for base64.
   */
  static final int MAX_EVENT_STRING = 8 * 1024 * 1024;

  private static final JsonFactory EVENTS =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Json.MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_EVENT_STRING)
                  .build())
          .build();

  /**
   * A request made in-process (SnapStart priming): the fields API Gateway would fill for it, a JSON
   * body when there is one.
   */
  public static HttpApiEvent request(
      String method,
      String routeKey,
      String path,
      Map<String, String> pathParameters,
      Map<String, String> query,
      String body) {
    return new HttpApiEvent(
        routeKey,
        path,
        null,
        body == null ? Map.of() : Map.of("content-type", "application/json"),
        query,
        pathParameters,
        new RequestContext("priming", new Http(method, path)),
        body,
        false);
  }

  public static HttpApiEvent read(InputStream in) throws IOException {
    try (JsonParser parser = EVENTS.createParser(in)) {
      return Json.MAPPER.readValue(parser, HttpApiEvent.class);
    }
  }

  public static HttpApiEvent read(byte[] json) throws IOException {
    try (JsonParser parser = EVENTS.createParser(json)) {
      return Json.MAPPER.readValue(parser, HttpApiEvent.class);
    }
  }

  /**
   * A map of names to values where a value may also come as a list (a multi-value header or query
   * parameter) or a number: lists are joined with commas, as API Gateway folds repeated headers and
   * parameters in payload 2.0; nulls are dropped.
   */
  static final class FoldedValues extends JsonDeserializer<Map<String, String>> {
    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(this, "expected an object of names to values");
      }
      Map<String, String> values = new LinkedHashMap<>();
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken token = p.nextToken();
        if (token == JsonToken.START_ARRAY) {
          StringBuilder joined = new StringBuilder();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!joined.isEmpty()) {
              joined.append(',');
            }
            joined.append(p.getValueAsString());
          }
          values.put(name, joined.toString());
        } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
          values.put(name, p.getValueAsString());
        } else if (token != JsonToken.VALUE_NULL) {
          return ctxt.reportInputMismatch(this, "the value of %s is not text or a list", name);
        }
      }
      return values;
    }
  }
}
