package com.claims01940.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What a handler needs from an API Gateway HTTP API (payload 2.0) event, normalised. */
public record ApiRequest(
    String method,
    String path,
    String routeKey,
    Map<String, String> headers,
    Map<String, String> query,
    Map<String, String> pathParameters,
    byte[] body,
    boolean bodyUndecodable,
    String requestId) {

  public static ApiRequest of(APIGatewayV2HTTPEvent event) {
    var ctx = event.getRequestContext();
    String method = ctx != null && ctx.getHttp() != null ? ctx.getHttp().getMethod() : "GET";
    Map<String, String> headers = new HashMap<>();
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    }
    byte[] body = new byte[0];
    boolean undecodable = false;
    if (event.getBody() != null) {
      if (event.getIsBase64Encoded()) {
        try {
          body = Base64.getDecoder().decode(event.getBody());
        } catch (IllegalArgumentException e) {
          undecodable = true;
        }
      } else {
        body = event.getBody().getBytes(StandardCharsets.UTF_8);
      }
    }
    return new ApiRequest(
        method.toUpperCase(Locale.ROOT),
        event.getRawPath() != null ? event.getRawPath() : "/",
        event.getRouteKey(),
        headers,
        event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters(),
        event.getPathParameters() == null ? Map.of() : event.getPathParameters(),
        body,
        undecodable,
        ctx != null && ctx.getRequestId() != null ? ctx.getRequestId() : "local");
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** True for application/json and any +json media type, with or without parameters. */
  public boolean isJson() {
    String type = header("content-type");
    if (type == null) {
      return false;
    }
    String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"));
  }
}
