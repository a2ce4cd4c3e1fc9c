package com.claims01940.http.testing;

import com.claims01940.http.ApiHandler;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The repository's events/ files (the ones `sam local invoke -e` uses), read as the functions read
 * them on AWS, and the stream round trip the Lambda runtime makes with a stream handler.
 */
public final class EventFixtures {
  private EventFixtures() {}

  public static Path eventsDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("template.yaml"))
          && Files.isDirectory(p.resolve("events"))) {
        return p.resolve("events");
      }
    }
    throw new IllegalStateException("no events/ folder above " + Path.of("").toAbsolutePath());
  }

  public static byte[] bytes(String file) {
    try {
      return Files.readAllBytes(eventsDir().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static HttpApiEvent apiEvent(String file) {
    try {
      return HttpApiEvent.read(bytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with another body and Content-Type. */
  public static HttpApiEvent apiEvent(String file, String body, String contentType) {
    HttpApiEvent e = apiEvent(file);
    Map<String, String> headers = new HashMap<>(e.headers() == null ? Map.of() : e.headers());
    headers.put("content-type", contentType);
    return new HttpApiEvent(
        e.routeKey(),
        e.rawPath(),
        e.cookies(),
        headers,
        e.queryStringParameters(),
        e.pathParameters(),
        e.requestContext(),
        body,
        false);
  }

  /**
   * What the Lambda runtime does with a stream handler: the event's bytes in, the response's bytes
   * out, read back as JSON.
   */
  public static JsonNode invoke(ApiHandler handler, byte[] event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, null);
      return Json.MAPPER.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The response body parsed as JSON. */
  public static JsonNode body(HttpApiResponse response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
