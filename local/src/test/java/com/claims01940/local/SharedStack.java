package com.claims01940.local;

import com.claims01940.local.servers.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One local stack per test JVM. Function wiring is built once per container (as on Lambda) from the
 * settings the stack sets, so every test class that goes through the handlers shares it.
 */
final class SharedStack {
  private SharedStack() {}

  private static LocalRun stack;

  static synchronized LocalRun get() {
    if (stack == null) {
      try {
        stack = LocalRun.start(Ports.free());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
    }
    return stack;
  }

  /**
   * One request to the stack with the token (null: none), a JSON body (null: none) and If-Match
   * (null: none).
   */
  static HttpResponse<String> send(
      String method, String path, String token, String body, String ifMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(get().apiUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The request with a staff token (claims.validate, uploads.write), as every caller needs one. */
  static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    String token = get().token(LocalAuth.Role.STAFF);
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }
}
