package com.claims01940.policy;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled seed policy documents: {@code policies/index.txt} lists one file per item. */
public final class SeedPolicies {
  private SeedPolicies() {}

  public static List<JsonNode> documents() {
    List<JsonNode> out = new ArrayList<>();
    for (String file :
        resource("policies/index.txt")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList()) {
      try {
        out.add(Json.MAPPER.readTree(resource("policies/" + file)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot parse seed policy " + file, e);
      }
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = SeedPolicies.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
