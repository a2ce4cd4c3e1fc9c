package com.claims01940.http.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the repository's events/ files exactly as the Lambda Java runtime would (its own event
 * serializers), and writes responses the same way: the fixtures `sam local invoke -e` uses.
 */
public final class EventFixtures {
  private EventFixtures() {}

  private static final ClassLoader LOADER = EventFixtures.class.getClassLoader();

  public static Path eventsDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("template.yaml"))
          && Files.isDirectory(p.resolve("events"))) {
        return p.resolve("events");
      }
    }
    throw new IllegalStateException("no events/ folder above " + Path.of("").toAbsolutePath());
  }

  public static <T> T read(String file, Class<T> type) {
    PojoSerializer<T> serializer = LambdaEventSerializers.serializerFor(type, LOADER);
    try (InputStream in = Files.newInputStream(eventsDir().resolve(file))) {
      return serializer.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static APIGatewayV2HTTPEvent apiEvent(String file) {
    return read(file, APIGatewayV2HTTPEvent.class);
  }

  /** The response as the runtime would send it back, as a JSON tree. */
  public static JsonNode toJson(APIGatewayV2HTTPResponse response) {
    PojoSerializer<APIGatewayV2HTTPResponse> serializer =
        LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, LOADER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer.toJson(response, out);
    try {
      return Json.MAPPER.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The response body parsed as JSON. */
  public static JsonNode body(APIGatewayV2HTTPResponse response) {
    try {
      return Json.MAPPER.readTree(response.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
