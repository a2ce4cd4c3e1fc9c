package com.claims01940.http;

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
    String requestId,
    Map<String, String> claims) {

  public static ApiRequest of(HttpApiEvent event) {
    var ctx = event.requestContext();
    String method = ctx != null && ctx.http() != null ? ctx.http().method() : null;
    Map<String, String> headers = new HashMap<>();
    if (event.headers() != null) {
      event.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    }
    if (event.cookies() != null && !event.cookies().isEmpty()) {
      // Payload 2.0 moves the Cookie header into its own list; put it back as it arrived.
      headers.putIfAbsent("cookie", String.join("; ", event.cookies()));
    }
    byte[] body = new byte[0];
    boolean undecodable = false;
    if (event.body() != null) {
      if (event.isBase64Encoded()) {
        try {
          body = Base64.getDecoder().decode(event.body());
        } catch (IllegalArgumentException e) {
          undecodable = true;
        }
      } else {
        body = event.body().getBytes(StandardCharsets.UTF_8);
      }
    }
    return new ApiRequest(
        method == null ? "GET" : method.toUpperCase(Locale.ROOT),
        event.rawPath() != null ? event.rawPath() : "/",
        event.routeKey(),
        headers,
        event.queryStringParameters() == null ? Map.of() : event.queryStringParameters(),
        event.pathParameters() == null ? Map.of() : event.pathParameters(),
        body,
        undecodable,
        ctx != null && ctx.requestId() != null ? ctx.requestId() : "local",
        ctx != null
                && ctx.authorizer() != null
                && ctx.authorizer().jwt() != null
                && ctx.authorizer().jwt().claims() != null
            ? Map.copyOf(ctx.authorizer().jwt().claims())
            : Map.of());
  }

  /**
   * The verified token's claim (API Gateway's JWT authorizer checked the token before the handler
   * runs), or null: {@code sub} is who asked, {@code org} their organisation when the token has
   * one.
   */
  public String claim(String name) {
    String v = claims.get(name);
    return v == null || v.isBlank() ? null : v;
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
