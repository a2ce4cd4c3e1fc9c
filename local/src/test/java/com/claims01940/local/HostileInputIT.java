package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile requests, 2,000 per POST route, through the real Lambda path: a payload-2.0
 * event read by the runtime's serializer, the handler, the response written back. Every one must
 * get a 4xx application/problem+json naming the problem: no 5xx, no uncaught exception, and the
 * functions keep serving afterwards.
 */
class HostileInputIT {
  static final List<String> CLAIM_ROUTES =
      List.of(
          "/v1/claims/validate",
          "/v1/claims/validate/modifiers",
          "/v1/claims/validate/documentation",
          "/v1/claims/validate/coverage");
  static Map<String, LambdaFunction> functions;

  @net.jqwik.api.lifecycle.AfterContainer
  static void restoreLog() {
    com.claims01940.runtime.Log.to(System.out);
  }

  static String clean;
  static List<String> leaves;
  static JsonNode cleanTree;

  /** A generated request: why it is bad, its content type (null: none) and body bytes. */
  record Hostile(String kind, String contentType, byte[] body) {
    @Override
    public String toString() {
      String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
      return kind + " [" + contentType + "] " + body.length + " bytes: " + text;
    }
  }

  @BeforeContainer
  static void start() throws Exception {
    SharedStack.get();
    // Ten thousand requests would print ten thousand log lines; PhiLoggingIT checks what logs hold.
    com.claims01940.runtime.Log.to(
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    SamTemplate template = SamTemplate.load(Path.of("../template.yaml"));
    functions = new java.util.HashMap<>();
    for (SamTemplate.Function f : template.functions()) {
      for (SamTemplate.Route r : f.routes()) {
        if (!r.isDefault() && r.method().equals("POST")) {
          functions.put(r.path(), new LambdaFunction(f.logicalId(), f.handlerClass()));
        }
      }
    }
    clean =
        Files.readString(Path.of("../shared/domain/src/test/resources/claims/clean-claim.json"));
    leaves = new ArrayList<>();
    cleanTree = Json.MAPPER.readTree(clean);
    collect(cleanTree, "", leaves);
    leaves.removeIf(p -> cleanTree.at(p).isNull());
  }

  static void collect(JsonNode node, String pointer, List<String> out) {
    if (!pointer.isEmpty()) {
      out.add(pointer);
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(e.getValue(), pointer + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  static String event(String path, Hostile h, boolean base64) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("version", "2.0");
    e.put("routeKey", "POST " + path);
    e.put("rawPath", path);
    e.put("rawQueryString", "");
    ObjectNode headers = e.putObject("headers");
    if (h.contentType() != null) {
      headers.put("content-type", h.contentType());
    }
    ObjectNode ctx = e.putObject("requestContext");
    ctx.put("requestId", "fuzz");
    ctx.put("routeKey", "POST " + path);
    ctx.putObject("http").put("method", "POST").put("path", path);
    e.put(
        "body",
        base64
            ? Base64.getEncoder().encodeToString(h.body())
            : new String(h.body(), StandardCharsets.UTF_8));
    e.put("isBase64Encoded", base64);
    return e.toString();
  }

  /** Sends one request the way API Gateway would, and checks the answer is a 4xx problem. */
  static void assertProblem(String path, Hostile h) throws Exception {
    boolean text = LocalApiServer.textBody(h.body(), "application/json") != null;
    String raw = functions.get(path).invoke(event(path, h, !text || h.kind().equals("binary")));
    JsonNode response = Json.MAPPER.readTree(raw);
    int status = response.path("statusCode").asInt();
    assertTrue(
        status >= 400 && status < 500, h + " -> " + status + " " + response.path("body").asText());
    assertEquals(
        "application/problem+json",
        response.path("headers").path("Content-Type").asText(),
        h.toString());
    JsonNode problem = Json.MAPPER.readTree(response.path("body").asText());
    assertEquals(status, problem.path("status").asInt());
    assertFalse(problem.path("title").asText().isEmpty());
    if (status == 400) {
      assertTrue(problem.path("errors").size() > 0, "a 400 names its problems: " + problem);
    }
    java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
    response
        .path("headers")
        .fields()
        .forEachRemaining(f -> headers.put(f.getKey(), List.of(f.getValue().asText())));
    assertEquals(
        List.of(),
        OpenApiContract.problems("POST", path, status, headers, response.path("body").asText()),
        h.toString());
  }

  @Provide
  Arbitrary<Hostile> hostileClaims() {
    return Arbitraries.oneOf(
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(2048)
            .map(b -> new Hostile("binary", "application/json", b)),
        Arbitraries.integers()
            .between(0, clean.length() - 2)
            .map(
                n ->
                    new Hostile(
                        "truncated",
                        "application/json",
                        clean.substring(0, n).getBytes(StandardCharsets.UTF_8))),
        Arbitraries.of(33, 1000, 10_000)
            .flatMap(
                n ->
                    Arbitraries.of("[", "{\"a\":")
                        .map(
                            open ->
                                new Hostile(
                                    "nested " + n,
                                    "application/json",
                                    (open.repeat(n)
                                            + "1"
                                            + (open.equals("[") ? "]" : "}").repeat(n))
                                        .getBytes(StandardCharsets.UTF_8)))),
        Arbitraries.of(leaves)
            .flatMap(
                pointer ->
                    Arbitraries.of(wrongValues(cleanTree.at(pointer)))
                        .map(
                            value ->
                                new Hostile(
                                    "wrong type at " + pointer,
                                    "application/json",
                                    replaced(pointer, value)))),
        Arbitraries.of(
                "/claimId",
                "/payerId",
                "/dateOfService",
                "/anesthesia",
                "/anesthesia/procedureCode")
            .map(
                p ->
                    new Hostile(
                        "required " + p + " null", "application/json", replaced(p, "null"))),
        Arbitraries.of(
                "/dateOfService",
                "/submissionDate",
                "/patient/birthDate",
                "/history/0/dateOfService",
                "/documentation/priorDiagnosticBlocks/0/date")
            .flatMap(
                p ->
                    Arbitraries.of(
                            "2026-02-30",
                            "2026-13-01",
                            "0000-00-00",
                            "2026-3-14",
                            "14/03/2026",
                            "2026-03-14T08:00:00Z",
                            "")
                        .map(
                            d ->
                                new Hostile(
                                    "impossible date at " + p,
                                    "application/json",
                                    replaced(p, "\"" + d + "\"")))),
        Arbitraries.of("/anesthesia/startTime", "/anesthesia/endTime")
            .flatMap(
                p ->
                    Arbitraries.of(
                            "2026-03-14T25:00:00Z",
                            "2026-03-14T08:02:00",
                            "2026-03-14",
                            "08:02",
                            "2026-02-30T08:00:00-05:00")
                        .map(
                            t ->
                                new Hostile(
                                    "impossible time at " + p,
                                    "application/json",
                                    replaced(p, "\"" + t + "\"")))),
        Arbitraries.integers().between(1, clean.length() - 2).map(HostileInputIT::invalidUtf8),
        Arbitraries.of(
                "/claimId", "/documentation/indication", "/patient/name", "/anesthesia/modifiers/0")
            .flatMap(
                p ->
                    Arbitraries.of(1, 7, 8, 11, 27, 127)
                        .map(
                            c ->
                                new Hostile(
                                    "control character at " + p,
                                    "application/json",
                                    replaced(p, "\"a" + String.format("\\u%04x", c) + "b\"")))),
        Arbitraries.of(2_001, 300_000, 1_048_576)
            .flatMap(
                n ->
                    Arbitraries.of("/documentation/indication", "/claimId")
                        .map(
                            p ->
                                new Hostile(
                                    "long string " + n + " at " + p,
                                    "application/json",
                                    replaced(p, "\"" + "x".repeat(n) + "\"")))),
        Arbitraries.of(101, 50_000)
            .flatMap(
                n ->
                    Arbitraries.of("/anesthesia/modifiers", "/diagnosisCodes", "/history")
                        .map(
                            p ->
                                new Hostile(
                                    "array of " + n + " at " + p,
                                    "application/json",
                                    replaced(p, array(n))))),
        Arbitraries.of("claimId", "payerId", "dateOfService", "anesthesia")
            .map(
                k ->
                    new Hostile(
                        "duplicate key " + k,
                        "application/json",
                        ("{\""
                                + k
                                + "\": 1, "
                                + clean.substring(1).replaceFirst("\"" + k + "\"", "\"" + k + "\""))
                            .getBytes(StandardCharsets.UTF_8))),
        Arbitraries.of(
                "text/plain",
                "application/xml",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                "")
            .map(
                t ->
                    new Hostile(
                        "content type " + t,
                        t.isEmpty() ? null : t,
                        clean.getBytes(StandardCharsets.UTF_8))),
        Arbitraries.of("", " ", "\n", "null", "[]", "\"claim\"", "0", "{}")
            .map(
                b ->
                    new Hostile(
                        "empty or not an object",
                        "application/json",
                        b.getBytes(StandardCharsets.UTF_8))),
        Arbitraries.of("01939", "99213", "0194", "ABCDE", "")
            .map(
                code ->
                    new Hostile(
                        "procedure code " + code,
                        "application/json",
                        replaced("/anesthesia/procedureCode", "\"" + code + "\""))));
  }

  static byte[] replaced(String pointer, String json) {
    try {
      ObjectNode root = (ObjectNode) Json.MAPPER.readTree(clean);
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = root.at(p.head());
      // A marker stands where the value goes, then the raw JSON text replaces it, so values like
      // 1e400 reach the server unparsed.
      if (parent.isArray()) {
        return replaceMarker(root, parent, p, json);
      }
      ((ObjectNode) parent)
          .set(
              p.last().getMatchingProperty(),
              Json.MAPPER.getNodeFactory().textNode("\u0000MARK\u0000"));
      return root.toString()
          .replace("\"\\u0000MARK\\u0000\"", json)
          .getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      return null;
    }
  }

  private static byte[] replaceMarker(
      ObjectNode root, JsonNode parent, JsonPointer p, String json) {
    ((com.fasterxml.jackson.databind.node.ArrayNode) parent)
        .set(
            p.last().getMatchingIndex(), Json.MAPPER.getNodeFactory().textNode("\u0000MARK\u0000"));
    return root.toString().replace("\"\\u0000MARK\\u0000\"", json).getBytes(StandardCharsets.UTF_8);
  }

  /** JSON values of a different type than the field has (numbers also out of any range). */
  static List<String> wrongValues(JsonNode field) {
    if (field.isTextual()) {
      return List.of("12", "true", "[]", "{}", "1e400", "-0");
    }
    if (field.isNumber()) {
      return List.of(
          "\"text\"",
          "true",
          "[]",
          "{}",
          "1e400",
          "-1e400",
          "123456789012345678901234567890",
          "4.5e10");
    }
    if (field.isBoolean()) {
      return List.of("\"yes\"", "1", "[]", "{}");
    }
    if (field.isArray()) {
      return List.of("\"x\"", "{}", "5", "true");
    }
    return List.of("[]", "\"x\"", "5", "false");
  }

  static String array(int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("\"AA\"");
    }
    return b.append(']').toString();
  }

  static Hostile invalidUtf8(int at) {
    byte[] bytes = clean.getBytes(StandardCharsets.UTF_8);
    int quote = clean.indexOf('"', at);
    int pos = quote < 0 || quote + 1 >= bytes.length ? bytes.length / 2 : quote + 1;
    byte[] out = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, out, 0, pos);
    out[pos] = (byte) 0xC3;
    out[pos + 1] = (byte) 0x28;
    System.arraycopy(bytes, pos, out, pos + 2, bytes.length - pos);
    return new Hostile("invalid UTF-8", "application/json", out);
  }

  @Property(tries = 2000)
  void validateAll(@ForAll("hostileClaims") Hostile h) throws Exception {
    assertProblem(CLAIM_ROUTES.get(0), h);
  }

  @Property(tries = 2000)
  void validateModifiers(@ForAll("hostileClaims") Hostile h) throws Exception {
    assertProblem(CLAIM_ROUTES.get(1), h);
  }

  @Property(tries = 2000)
  void validateDocumentation(@ForAll("hostileClaims") Hostile h) throws Exception {
    assertProblem(CLAIM_ROUTES.get(2), h);
  }

  @Property(tries = 2000)
  void validateCoverage(@ForAll("hostileClaims") Hostile h) throws Exception {
    assertProblem(CLAIM_ROUTES.get(3), h);
  }

  @Provide
  Arbitrary<Hostile> hostileUploads() {
    return Arbitraries.oneOf(
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(512)
            .map(b -> new Hostile("binary", "application/json", b)),
        Combinators.combine(
                Arbitraries.of(
                    "\"claims.ndjson\"",
                    "\"../etc/passwd\"",
                    "\"a b.csv\"",
                    "\"x.exe\"",
                    "\"\"",
                    "12",
                    "null",
                    "[]",
                    "\"" + "y".repeat(300) + ".csv\"",
                    "\"\\u0001.csv\""),
                Arbitraries.of(
                    "100", "0", "-1", "1e400", "\"100\"", "99999999999999999", "null", "1.5", "[]"))
            .as(
                (name, size) ->
                    new Hostile(
                        "upload " + name + " " + size,
                        "application/json",
                        ("{\"fileName\":" + name + ",\"size\":" + size + "}")
                            .getBytes(StandardCharsets.UTF_8)))
            .filter(
                h ->
                    !new String(h.body()).equals("{\"fileName\":\"claims.ndjson\",\"size\":100}")
                        && !new String(h.body())
                            .equals("{\"fileName\":\"claims.ndjson\",\"size\":99999999999999999}")),
        Arbitraries.of("text/plain", "")
            .map(
                t ->
                    new Hostile(
                        "content type",
                        t.isEmpty() ? null : t,
                        "{\"fileName\":\"claims.ndjson\",\"size\":100}"
                            .getBytes(StandardCharsets.UTF_8))),
        Arbitraries.of("", "null", "[]", "{}", "{\"size\": 5}")
            .map(
                b ->
                    new Hostile(
                        "empty or incomplete",
                        "application/json",
                        b.getBytes(StandardCharsets.UTF_8))));
  }

  @Property(tries = 2000)
  void createUpload(@ForAll("hostileUploads") Hostile h) throws Exception {
    assertProblem("/v1/uploads", h);
  }

  /** After all of that, the same function instances still serve a clean claim. */
  @Example
  void stillServing() throws Exception {
    for (String route : CLAIM_ROUTES) {
      JsonNode r =
          Json.MAPPER.readTree(
              functions
                  .get(route)
                  .invoke(
                      event(
                          route,
                          new Hostile(
                              "clean", "application/json", clean.getBytes(StandardCharsets.UTF_8)),
                          false)));
      assertEquals(200, r.path("statusCode").asInt(), route);
    }
  }
}
