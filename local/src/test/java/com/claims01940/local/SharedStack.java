package com.claims01940.local;

import com.claims01940.local.servers.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

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

  /** The request with a staff token (claims.validate, uploads.write), as every caller needs one. */
  static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    String token = get().token(LocalAuth.Role.STAFF);
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }
}
