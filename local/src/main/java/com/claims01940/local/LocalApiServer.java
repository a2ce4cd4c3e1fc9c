package com.claims01940.local;

import com.claims01940.http.Problem;
import com.claims01940.http.Routes;
import com.claims01940.json.Json;
import com.claims01940.local.servers.RepoPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves template.yaml's HttpApi routes on loopback the way `sam local start-api` does: each HTTP
 * request becomes a payload-2.0 event for the route's handler class, and the handler's response
 * becomes the HTTP response. Like API Gateway it answers CORS preflights itself, sends unmatched
 * requests to the $default route, and limits bodies to 10 MiB.
 */
public final class LocalApiServer implements AutoCloseable {
  static final int MAX_BODY = 10 * 1024 * 1024;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
  private static final SecureRandom IDS = new SecureRandom();

  private record Bound(SamTemplate.Route route, LambdaFunction function) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Bound> routes = new ArrayList<>();
  private final LambdaFunction fallback;
  private final List<String> fallbackScopes;
  private final List<String> corsOrigins;
  private final LocalAuth auth;

  static {
    // Headers and body go out in separate writes; without TCP_NODELAY, Nagle plus delayed ACKs
    // add ~40 ms to every response on loopback.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /**
   * @param auth the JWT authorizer, or null to serve every request without a token (LOCAL_AUTH=off)
   */
  public LocalApiServer(SamTemplate template, int port, List<String> corsOrigins, LocalAuth auth)
      throws IOException {
    this.auth = auth;
    LambdaFunction defaultRoute = null;
    List<String> defaultScopes = List.of();
    for (SamTemplate.Function f : template.functions()) {
      if (f.routes().isEmpty()) {
        continue;
      }
      LambdaFunction function = new LambdaFunction(f.logicalId(), f.handlerClass());
      for (SamTemplate.Route r : f.routes()) {
        if (r.isDefault()) {
          defaultRoute = function;
          defaultScopes = r.scopes();
        } else {
          routes.add(new Bound(r, function));
        }
      }
    }
    this.fallback = defaultRoute;
    this.fallbackScopes = defaultScopes;
    this.corsOrigins = corsOrigins;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.executor = Executors.newFixedThreadPool(32);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> headers = headers(exchange);
      if (method.equals("OPTIONS") && headers.containsKey("access-control-request-method")) {
        preflight(exchange, headers.get("origin"));
        return;
      }
      if (auth != null && method.equals("GET") && path.equals("/.well-known/jwks.json")) {
        send(exchange, 200, Map.of("Content-Type", "application/json"), auth.jwks());
        return;
      }
      if (method.equals("GET") && !path.startsWith("/v1/") && console(exchange, path)) {
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        send(
            exchange,
            413,
            Map.of("Content-Type", "application/json"),
            "{\"message\":\"Request Entity Too Large\"}");
        return;
      }
      Bound match = null;
      Map<String, String> params = Map.of();
      for (Bound b : routes) {
        Map<String, String> p = Routes.pathParameters(b.route().path(), path);
        if (p != null && b.route().method().equals(method)) {
          match = b;
          params = p;
          break;
        }
      }
      LambdaFunction function = match != null ? match.function() : fallback;
      if (function == null) {
        send(
            exchange,
            404,
            Map.of("Content-Type", "application/json"),
            "{\"message\":\"Not Found\"}");
        return;
      }
      LocalAuth.Verified caller = null;
      if (auth != null) {
        // What API Gateway's JWT authorizer does before the function runs.
        try {
          caller = auth.verify(headers.get("authorization"));
        } catch (LocalAuth.Rejected rejected) {
          problem(exchange, Problem.unauthorized(rejected.getMessage()), headers.get("origin"));
          return;
        }
        List<String> needed = match != null ? match.route().scopes() : fallbackScopes;
        if (!needed.isEmpty() && java.util.Collections.disjoint(needed, caller.scopes())) {
          problem(exchange, Problem.forbidden(needed, caller.scopes()), headers.get("origin"));
          return;
        }
      }
      String routeKey = match != null ? match.route().routeKey() : "$default";
      String event =
          event(
              method,
              path,
              exchange.getRequestURI().getRawQuery(),
              routeKey,
              headers,
              params,
              body,
              caller);
      JsonNode response;
      try {
        response = Json.MAPPER.readTree(function.invoke(event));
      } catch (RuntimeException e) {
        // What API Gateway answers when the integration fails.
        System.err.println("handler failed: " + e);
        send(
            exchange,
            500,
            Map.of("Content-Type", "application/json"),
            "{\"message\":\"Internal Server Error\"}");
        return;
      }
      Map<String, String> out = new LinkedHashMap<>();
      response
          .path("headers")
          .fields()
          .forEachRemaining(h -> out.put(h.getKey(), h.getValue().asText()));
      String text = response.path("body").isNull() ? "" : response.path("body").asText("");
      byte[] bytes =
          response.path("isBase64Encoded").asBoolean()
              ? Base64.getDecoder().decode(text)
              : text.getBytes(StandardCharsets.UTF_8);
      send(exchange, response.path("statusCode").asInt(200), out, bytes);
    }
  }

  private static final Map<String, String> STATIC_TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "png", "image/png",
          "svg", "image/svg+xml");

  /**
   * The web console (web/), served as CloudFront serves it on AWS: "/" is index.html, other paths
   * are files under web/ (never outside it). False when there is no such file, so the API's own 404
   * answers.
   */
  private boolean console(HttpExchange exchange, String path) throws IOException {
    Path web = RepoPaths.root().resolve("web").toAbsolutePath().normalize();
    String relative =
        path.equals("/")
            ? "index.html"
            : URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
    Path file = web.resolve(relative).normalize();
    if (!file.startsWith(web) || !Files.isRegularFile(file)) {
      return false;
    }
    String name = file.getFileName().toString();
    String type =
        STATIC_TYPES.getOrDefault(
            name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    send(
        exchange,
        200,
        Map.of("Content-Type", type, "Cache-Control", "no-store"),
        Files.readAllBytes(file));
    return true;
  }

  private String event(
      String method,
      String path,
      String rawQuery,
      String routeKey,
      Map<String, String> headers,
      Map<String, String> pathParams,
      byte[] body,
      LocalAuth.Verified caller)
      throws IOException {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("version", "2.0");
    e.put("routeKey", routeKey);
    e.put("rawPath", path);
    e.put("rawQueryString", rawQuery == null ? "" : rawQuery);
    ObjectNode h = e.putObject("headers");
    headers.forEach(h::put);
    Map<String, String> query = query(rawQuery);
    if (!query.isEmpty()) {
      ObjectNode q = e.putObject("queryStringParameters");
      query.forEach(q::put);
    }
    if (!pathParams.isEmpty()) {
      ObjectNode p = e.putObject("pathParameters");
      pathParams.forEach(p::put);
    }
    ObjectNode ctx = e.putObject("requestContext");
    ctx.put("accountId", "000000000000");
    ctx.put("apiId", "local");
    ctx.put("domainName", "127.0.0.1");
    ctx.put("domainPrefix", "local");
    String requestId = requestId();
    ctx.put("requestId", requestId);
    ctx.put("routeKey", routeKey);
    ctx.put("stage", "$default");
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    ctx.put("time", TIME.format(now));
    ctx.put("timeEpoch", now.toInstant().toEpochMilli());
    ObjectNode http = ctx.putObject("http");
    http.put("method", method);
    http.put("path", path);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "127.0.0.1");
    http.put("userAgent", headers.getOrDefault("user-agent", ""));
    if (caller != null) {
      ObjectNode jwt = ctx.putObject("authorizer").putObject("jwt");
      ObjectNode claims = jwt.putObject("claims");
      caller.claims().forEach(claims::put);
      var scopes = jwt.putArray("scopes");
      caller.scopes().forEach(scopes::add);
    }
    if (body.length > 0) {
      String text = textBody(body, headers.get("content-type"));
      e.put("body", text != null ? text : Base64.getEncoder().encodeToString(body));
      e.put("isBase64Encoded", text == null);
    } else {
      e.put("isBase64Encoded", false);
    }
    return Json.MAPPER.writeValueAsString(e);
  }

  /**
   * Like API Gateway: textual content types pass as text, anything else (or bad UTF-8) as base64.
   */
  static String textBody(byte[] body, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (!(type.contains("json")
        || type.startsWith("text/")
        || type.contains("xml")
        || type.contains("urlencoded"))) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** An authorizer's refusal, as problem+json the console (another origin) can read. */
  private void problem(HttpExchange exchange, Problem problem, String origin) throws IOException {
    String id = requestId();
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/problem+json");
    h.put("X-Request-Id", id);
    if (problem.status() == 401) {
      h.put("WWW-Authenticate", "Bearer");
    }
    if (origin != null && (corsOrigins.contains("*") || corsOrigins.contains(origin))) {
      h.put("Access-Control-Allow-Origin", corsOrigins.contains("*") ? "*" : origin);
    }
    send(exchange, problem.status(), h, Json.MAPPER.writeValueAsBytes(problem.withRequestId(id)));
  }

  private void preflight(HttpExchange exchange, String origin) throws IOException {
    Map<String, String> h = new LinkedHashMap<>();
    if (origin != null && (corsOrigins.contains("*") || corsOrigins.contains(origin))) {
      h.put("Access-Control-Allow-Origin", corsOrigins.contains("*") ? "*" : origin);
      h.put("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
      h.put("Access-Control-Allow-Headers", "authorization, content-type, if-match");
      h.put("Access-Control-Max-Age", "600");
    }
    send(exchange, 204, h, new byte[0]);
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> out = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    return out;
  }

  /** Decoded query parameters; repeated names are joined with commas, as payload 2.0 does. */
  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.merge(k, v, (a, b) -> a + "," + b);
    }
    return out;
  }

  /** The body, or null when it is larger than API Gateway accepts. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private static String requestId() {
    byte[] b = new byte[10];
    IDS.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b) + "=";
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    send(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    boolean empty = body.length == 0;
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
