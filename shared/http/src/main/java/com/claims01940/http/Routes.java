package com.claims01940.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's routes and the function serving each. template.yaml declares the same list (a test
 * holds them equal); the catch-all route uses it to tell 405 (known path) from 404.
 */
public final class Routes {
  private Routes() {}

  public record Route(String method, String path, String function) {
    public String routeKey() {
      return method + " " + path;
    }
  }

  public static final List<Route> ALL =
      List.of(
          new Route("POST", "/v1/claims/validate/modifiers", "ModifiersFunction"),
          new Route("POST", "/v1/claims/validate/documentation", "DocumentationFunction"),
          new Route("POST", "/v1/claims/validate/coverage", "CoverageFunction"),
          new Route("POST", "/v1/claims/validate", "ClaimFunction"),
          new Route("GET", "/v1/payers", "PayersFunction"),
          new Route("GET", "/v1/payers/{payerId}/policy", "PayersFunction"),
          new Route("GET", "/v1/rules", "PayersFunction"),
          new Route("GET", "/v1/codesets", "PayersFunction"),
          new Route("PUT", "/v1/payers/{payerId}/policies/{effectiveFrom}", "PolicyEditFunction"),
          new Route(
              "GET", "/v1/payers/{payerId}/policies/{effectiveFrom}/history", "PolicyEditFunction"),
          new Route("POST", "/v1/uploads", "UploadsFunction"),
          new Route("GET", "/v1/uploads/{uploadId}", "UploadsFunction"));

  /** The result of matching a method and path: a route (with path parameters), 405, or 404. */
  public sealed interface Match {
    record Found(Route route, Map<String, String> pathParameters) implements Match {}

    record WrongMethod(List<String> allowed) implements Match {}

    record NotFound() implements Match {}
  }

  public static Match match(List<Route> routes, String method, String path) {
    List<String> allowed = new ArrayList<>();
    for (Route r : routes) {
      Map<String, String> params = pathParameters(r.path(), path);
      if (params != null) {
        if (r.method().equals(method)) {
          return new Match.Found(r, params);
        }
        allowed.add(r.method());
      }
    }
    return allowed.isEmpty() ? new Match.NotFound() : new Match.WrongMethod(allowed);
  }

  /** Path parameters if the path fits the template ("/v1/payers/{payerId}/policy"), else null. */
  public static Map<String, String> pathParameters(String template, String path) {
    String[] t = template.split("/", -1);
    String[] p = path.split("/", -1);
    if (t.length != p.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("{") && t[i].endsWith("}")) {
        if (p[i].isEmpty()) {
          return null;
        }
        params.put(
            t[i].substring(1, t[i].length() - 1),
            java.net.URLDecoder.decode(p[i], java.nio.charset.StandardCharsets.UTF_8));
      } else if (!t[i].equals(p[i])) {
        return null;
      }
    }
    return params;
  }
}
