package com.claims01940.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The functions and HTTP API routes template.yaml declares: what `sam local start-api` serves. */
public record SamTemplate(JsonNode document, List<Function> functions) {

  /** A function: its logical id, handler ("pkg.Class::method") and HTTP routes. */
  public record Function(String logicalId, String handler, String codeUri, List<Route> routes) {
    public String handlerClass() {
      return handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
    }
  }

  /**
   * An HttpApi event; method and path are null for the $default route; {@code scopes}: its
   * AuthorizationScopes (any one of them admits a token).
   */
  public record Route(String method, String path, List<String> scopes) {
    public boolean isDefault() {
      return path == null;
    }

    public String routeKey() {
      return isDefault() ? "$default" : method + " " + path;
    }
  }

  public static SamTemplate load(Path file) {
    JsonNode doc = CfnYaml.read(file);
    List<Function> functions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : iterable(doc.path("Resources"))) {
      JsonNode res = r.getValue();
      if (!res.path("Type").asText().equals("AWS::Serverless::Function")) {
        continue;
      }
      JsonNode props = res.path("Properties");
      List<Route> routes = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : iterable(props.path("Events"))) {
        JsonNode ev = e.getValue();
        if (ev.path("Type").asText().equals("HttpApi")) {
          JsonNode p = ev.path("Properties");
          List<String> scopes = new ArrayList<>();
          p.path("Auth").path("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
          routes.add(
              p.has("Path")
                  ? new Route(
                      p.path("Method").asText().toUpperCase(java.util.Locale.ROOT),
                      p.path("Path").asText(),
                      List.copyOf(scopes))
                  : new Route(null, null, List.copyOf(scopes)));
        }
      }
      functions.add(
          new Function(
              r.getKey(),
              props.path("Handler").asText(),
              props.path("CodeUri").asText(),
              List.copyOf(routes)));
    }
    return new SamTemplate(doc, List.copyOf(functions));
  }

  public Optional<Function> function(String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }
}
