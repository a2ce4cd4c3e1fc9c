package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The local stack over real HTTP: every route of template.yaml, against dynalite and s3proxy. */
class LocalApiIT {
  static LocalRun stack;
  static HttpClient http;
  static final String ORIGIN = "https://billing.example.com";

  @BeforeAll
  static void start() {
    stack = SharedStack.get();
    http = HttpClient.newHttpClient();
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body)
      throws Exception {
    HttpRequest.Builder b =
        SharedStack.authorized(HttpRequest.newBuilder(URI.create(stack.apiUrl() + path)))
            .header("Origin", ORIGIN);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(
        List.of(),
        OpenApiContract.problems(method, path, response),
        method
            + " "
            + path
            + " answered "
            + response.statusCode()
            + " outside the OpenAPI contract: "
            + response.body());
    return response;
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, "application/json", body);
  }

  static ObjectNode claim(String payer) throws Exception {
    ObjectNode c =
        (ObjectNode)
            Json.MAPPER.readTree(
                Files.readString(
                    Path.of("../shared/domain/src/test/resources/claims/clean-claim.json")));
    c.put("payerId", payer);
    return c;
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  /**
   * The contract check can fail: a response missing a required field, or with one the document does
   * not know.
   */
  @Test
  void theContractCheckCatchesDrift() throws Exception {
    HttpResponse<String> rules = send("GET", "/v1/rules", null, null);
    ObjectNode body = (ObjectNode) json(rules);
    ((ObjectNode) body.path("rules").get(0)).remove("defaultSeverity");
    assertFalse(
        OpenApiContract.problems("GET", "/v1/rules", 200, rules.headers().map(), body.toString())
            .isEmpty());
    body = (ObjectNode) json(rules);
    ((ObjectNode) body.path("rules").get(0)).put("severity", "ERROR");
    assertFalse(
        OpenApiContract.problems("GET", "/v1/rules", 200, rules.headers().map(), body.toString())
            .isEmpty());
    assertFalse(
        OpenApiContract.problems("GET", "/v1/rules", 418, rules.headers().map(), rules.body())
            .isEmpty(),
        "an undocumented status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC"})
  void cleanClaimPassesForEveryPayer(String payer) throws Exception {
    HttpResponse<String> r = post("/v1/claims/validate", claim(payer).toString());
    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("content-type").orElse(""));
    assertEquals(
        "*",
        r.headers().firstValue("access-control-allow-origin").orElse(""),
        "local default: all origins");
    assertFalse(r.headers().firstValue("x-request-id").orElse("").isEmpty());
    JsonNode body = json(r);
    assertEquals("PASS", body.path("outcome").asText(), body.toString());
    assertEquals(payer, body.path("policy").path("payerId").asText());
  }

  @Test
  void theSeededReferenceTablesAreListed() throws Exception {
    JsonNode codesets = json(send("GET", "/v1/codesets", null, null)).path("codesets");
    assertEquals(12, codesets.size(), codesets.toString());
    assertEquals("icd10cm", codesets.get(0).path("name").asText());
    assertEquals("FY2021", codesets.get(0).path("version").asText());
    assertEquals(109, codesets.get(9).path("entries").asInt());
  }

  /** A Medicare claim on a date with these diagnoses and modifiers: "code:SEVERITY" per finding. */
  static List<String> findings(String date, String diagnoses, String modifiers) throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.put("dateOfService", date);
    c.put("submissionDate", date);
    c.set("diagnosisCodes", Json.MAPPER.readTree(diagnoses));
    c.set("anesthesia", c.path("anesthesia").deepCopy());
    ((ObjectNode) c.path("anesthesia")).set("modifiers", Json.MAPPER.readTree(modifiers));
    JsonNode body = json(post("/v1/claims/validate", c.toString()));
    List<String> out = new java.util.ArrayList<>();
    body.path("findings")
        .forEach(f -> out.add(f.path("code").asText() + ":" + f.path("severity").asText()));
    out.add("outcome:" + body.path("outcome").asText());
    return out;
  }

  /** Issue 26's checks on claims of this quarter, on the seeded local stack. */
  @Test
  void todaysClaimsAreCheckedAgainstTodaysCodeSets() throws Exception {
    List<String> m545 = findings("2026-11-10", "[\"M54.5\"]", "[\"AA\",\"P3\"]");
    assertTrue(m545.contains("COV-DIAGNOSIS-INVALID:ERROR"), "FY2027 is in force: " + m545);
    assertTrue(m545.contains("outcome:FAIL"), m545.toString());
    assertFalse(m545.contains("COV-CODESET-NOT-LOADED:WARNING"), m545.toString());
    List<String> c795 = findings("2026-11-10", "[\"M47.816\",\"C79.5\"]", "[\"AA\",\"P3\"]");
    assertTrue(c795.contains("COV-DIAGNOSIS-INVALID:ERROR"), "a header, not billable: " + c795);
    assertTrue(c795.contains("outcome:FAIL"), c795.toString());
    List<String> lumbar = findings("2026-11-10", "[\"M48.16\",\"M53.86\"]", "[\"AA\",\"P3\"]");
    assertFalse(
        lumbar.stream().anyMatch(f -> f.startsWith("COV-DIAGNOSIS-REGION-MISMATCH")),
        "lumbar by their FY2027 titles: " + lumbar);
    List<String> gf = findings("2026-11-10", "[\"M47.816\"]", "[\"QZ\",\"GF\",\"P3\"]");
    assertFalse(gf.stream().anyMatch(f -> f.startsWith("MOD-UNKNOWN")), gf.toString());
    List<String> later = findings("2031-03-03", "[\"M47.816\"]", "[\"AA\",\"P3\"]");
    assertTrue(later.contains("COV-CODESET-NOT-LOADED:WARNING"), later.toString());
  }

  /**
   * Issue 11 through the local stack: codes checked against the year's code set, pay by locality.
   */
  @Test
  void aDeletedLowBackPainCodeAndAnUnknownModifierFailAgainstTheLoadedTables() throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.set("diagnosisCodes", Json.MAPPER.readTree("[\"M47.816\",\"M54.5\"]"));
    c.set("anesthesia", c.path("anesthesia").deepCopy());
    ((ObjectNode) c.path("anesthesia"))
        .set("modifiers", Json.MAPPER.readTree("[\"AA\",\"QS\",\"P3\",\"ZZ\"]"));
    JsonNode body = json(post("/v1/claims/validate", c.toString()));
    List<String> messages = new java.util.ArrayList<>();
    body.path("findings")
        .forEach(f -> messages.add(f.path("code").asText() + ": " + f.path("message").asText()));
    assertTrue(
        messages.contains(
            "COV-DIAGNOSIS-INVALID: Diagnosis code M54.5 is a header in ICD-10-CM FY2026, not a"
                + " billable code. Bill one of M54.50, M54.51, M54.59."),
        messages.toString());
    assertTrue(
        messages.stream().anyMatch(m -> m.startsWith("MOD-UNKNOWN: Modifier ZZ")),
        messages.toString());
  }

  /**
   * Responses that carry a conversionFactorNote meet the OpenAPI document (send() checks every
   * response): a 2026 locality with only CY2026's national factors loaded, and a 2027 claim with no
   * factor at all.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-03-14, No CY2026 locality conversion factors are loaded (CMS's locality file for the"
        + " year); the national factor is used.",
    "2027-01-12, No CY2027 anesthesia conversion factor is loaded (the conversion-factor table for"
        + " the year): the payment is not estimated."
  })
  void aPaymentNoteMeetsTheContract(String date, String note) throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.put("dateOfService", date);
    c.put("submissionDate", date);
    c.set(
        "pricingLocality", Json.MAPPER.readTree("{\"contractor\":\"10112\",\"locality\":\"00\"}"));
    JsonNode r = json(post("/v1/claims/validate", c.toString()));
    assertEquals(note, r.path("payment").path("conversionFactorNote").asText(), r.toString());
    assertTrue(!r.path("outcome").asText().equals("FAIL"), "a missing price never fails a claim");
  }

  @Test
  void medicareIsPricedAtTheClaimsLocality() throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.put("dateOfService", "2025-06-02");
    c.put("submissionDate", "2025-06-05");
    c.set(
        "pricingLocality", Json.MAPPER.readTree("{\"contractor\":\"10112\",\"locality\":\"00\"}"));
    HttpResponse<String> r = post("/v1/claims/validate/coverage", c.toString());
    assertTrue(r.body().contains("\"estimatedAllowed\":137.10,"), "to the cent: " + r.body());
    JsonNode payment = json(r).path("payment");
    assertEquals("LOCALITY", payment.path("conversionFactorBasis").asText());
    assertEquals("Alabama", payment.path("locality").path("name").asText());
    assertEquals(2025, payment.path("conversionFactorYear").asInt());
    assertFalse(payment.path("verified").asBoolean(), "the CY2022 base units");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/v1/claims/validate/modifiers, /anesthesia/modifiers, '[\"QS\",\"AA\"]', MOD-PRICING-POSITION",
    "/v1/claims/validate/documentation, /documentation/informedConsent, false, DOC-CONSENT-MISSING",
    // Not the place of service: Medicare's list is unverified, so only a WARNING (honest severity).
    "/v1/claims/validate/coverage, /diagnosisCodes, '[\"M47.812\"]', COV-DIAGNOSIS-REGION-MISMATCH",
  })
  void eachAspectFailsOnItsOwnProblem(String path, String pointer, String value, String code)
      throws Exception {
    ObjectNode c = claim("MEDICARE");
    var p = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
    ((ObjectNode) c.at(p.head())).set(p.last().getMatchingProperty(), Json.MAPPER.readTree(value));
    JsonNode body = json(post(path, c.toString()));
    assertEquals("FAIL", body.path("outcome").asText());
    assertTrue(body.path("findings").findValuesAsText("code").contains(code), body.toString());
  }

  @Test
  void coverageCarriesThePaymentEstimate() throws Exception {
    JsonNode body = json(post("/v1/claims/validate/coverage", claim("MEDICARE").toString()));
    assertEquals(145.53, body.path("payment").path("estimatedAllowed").asDouble());
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POST | /v1/claims/validate | application/json | 400 | {\"claimId\": ",
        "POST | /v1/claims/validate | application/json | 400 | {}",
        "POST | /v1/claims/validate | text/plain | 415 | {}",
        "GET | /v1/claims/validate | | 405 | ",
        "DELETE | /v1/payers | | 405 | ",
        "GET | /v1/unknown | | 404 | ",
        "GET | /v1/payers/ACME/policy?dateOfService=2026-03-14 | | 404 | ",
        "GET | /v1/payers/MEDICARE/policy?dateOfService=2024-06-01 | | 404 | ",
        "GET | /v1/payers/MEDICARE/policy | | 400 | ",
      })
  void problemsAreProblemJson(String method, String path, String type, int status, String body)
      throws Exception {
    HttpResponse<String> r = send(method, path, type, body);
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("content-type").orElse(""));
    JsonNode p = json(r);
    assertEquals(status, p.path("status").asInt());
    assertFalse(p.path("title").asText().isEmpty());
    assertFalse(p.path("type").asText().isEmpty());
  }

  @Test
  void outOfScopeProcedureIs422() throws Exception {
    ObjectNode c = claim("MEDICARE");
    ((ObjectNode) c.path("anesthesia")).put("procedureCode", "01939");
    assertEquals(422, post("/v1/claims/validate", c.toString()).statusCode());
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.put("padding", "x".repeat(300_000));
    assertEquals(413, post("/v1/claims/validate", c.toString()).statusCode());
  }

  @Test
  void missingFieldsAreAllNamed() throws Exception {
    ObjectNode c = claim("MEDICARE");
    c.remove(List.of("claimId", "dateOfService"));
    JsonNode p = json(post("/v1/claims/validate", c.toString()));
    assertEquals(List.of("/claimId", "/dateOfService"), p.path("errors").findValuesAsText("field"));
  }

  @Test
  void payersPolicyAndRules() throws Exception {
    JsonNode payers = json(send("GET", "/v1/payers", null, null)).path("payers");
    // The five seeded payers; other test classes on this stack create payers of their own.
    assertTrue(
        payers
            .findValuesAsText("payerId")
            .containsAll(List.of("AETNA", "BCBS", "CIGNA", "MEDICARE", "UHC")),
        payers.toString());
    JsonNode policy =
        json(send("GET", "/v1/payers/cigna/policy?dateOfService=2026-05-01", null, null));
    assertEquals("CIGNA", policy.path("payerId").asText());
    assertEquals(
        85, policy.path("parameters").path("modifierPercent").path("value").path("QZ").asInt());
    JsonNode rules = json(send("GET", "/v1/rules", null, null)).path("rules");
    assertTrue(
        rules
            .findValuesAsText("code")
            .containsAll(List.of("MOD-TOO-MANY", "DOC-TIME-OUTLIER", "COV-POLICY-UNVERIFIED")));
  }

  @Test
  void corsPreflightIsAnswered() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/v1/claims/validate"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", ORIGIN)
            .header("Access-Control-Request-Method", "POST")
            .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(204, r.statusCode());
    assertTrue(r.headers().firstValue("access-control-allow-methods").orElse("").contains("POST"));
  }
}
