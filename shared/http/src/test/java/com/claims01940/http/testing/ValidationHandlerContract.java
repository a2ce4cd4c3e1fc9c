package com.claims01940.http.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.http.ClaimValidationHandler;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyStore;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.runtime.Log;
import com.claims01940.testing.ReferenceFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every claim-validation function must do, driven by the events/ fixtures. Each function
 * module runs it with its own handler class, fixture prefix and aspect.
 */
public abstract class ValidationHandlerContract {
  protected static final ClaimValidator SEEDED =
      new ClaimValidator(
          RuleEngine.standard(),
          InMemoryPolicyStore.seeded(),
          ReferenceStore.of(ReferenceFixture.shipped()));

  private final Function<ClaimValidator, ClaimValidationHandler> handler;
  private final String fixture;
  private final String aspect;
  private final List<String> failCodes;

  /**
   * @param handler the function's handler built over a validator
   * @param fixture its events/ prefix: "claim", "modifiers", "documentation" or "coverage"
   * @param aspect the aspect its responses name
   * @param failCodes finding codes its "-fail" fixture must produce
   */
  protected ValidationHandlerContract(
      Function<ClaimValidator, ClaimValidationHandler> handler,
      String fixture,
      String aspect,
      List<String> failCodes) {
    this.handler = handler;
    this.fixture = fixture;
    this.aspect = aspect;
    this.failCodes = failCodes;
  }

  private Function<ClaimValidator, ClaimValidationHandler> handler() {
    return handler;
  }

  private String fixture() {
    return fixture;
  }

  private String aspect() {
    return aspect;
  }

  private List<String> failCodes() {
    return failCodes;
  }

  protected HttpApiResponse invoke(String event, ClaimValidator validator) {
    return handler().apply(validator).handle(EventFixtures.apiEvent(event));
  }

  @Test
  void cleanClaimPasses() {
    HttpApiResponse r = invoke(fixture() + "-validate.json", SEEDED);
    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().get("Content-Type"));
    JsonNode body = EventFixtures.body(r);
    assertEquals("C-1001", body.path("claimId").asText());
    assertEquals(aspect(), body.path("aspect").asText());
    assertEquals("PASS", body.path("outcome").asText(), body.toString());
    assertEquals("MEDICARE", body.path("policy").path("payerId").asText());
    boolean paid = aspect().equals("COVERAGE") || aspect().equals("ALL");
    assertEquals(paid, body.has("payment"));
    assertTrue(r.headers().get("X-Request-Id").startsWith("Req-"));
  }

  @Test
  void failingClaimFailsWithItsCodes() {
    JsonNode body = EventFixtures.body(invoke(fixture() + "-validate-fail.json", SEEDED));
    assertEquals("FAIL", body.path("outcome").asText());
    List<String> codes = body.path("findings").findValuesAsText("code");
    assertTrue(codes.containsAll(failCodes()), codes.toString());
    for (JsonNode f : body.path("findings")) {
      assertTrue(
          f.path("field").asText().isEmpty() || f.path("field").asText().startsWith("/"),
          f.toString());
      assertFalse(f.path("reference").path("title").asText().isEmpty());
    }
  }

  /** The stream round trip the Lambda runtime makes: event bytes in, payload 2.0 response out. */
  @Test
  void theStreamHandlerWritesAPayload20Response() {
    JsonNode wire =
        EventFixtures.invoke(
            handler().apply(SEEDED), EventFixtures.bytes(fixture() + "-validate.json"));
    assertEquals(200, wire.path("statusCode").asInt());
    assertFalse(wire.path("isBase64Encoded").asBoolean(true), wire.toString());
    assertEquals("application/json", wire.path("headers").path("Content-Type").asText());
    assertTrue(wire.path("body").asText().startsWith("{\"claimId\""), wire.toString());
    assertEquals(
        List.of("body", "headers", "isBase64Encoded", "statusCode"),
        sortedFieldNames(wire),
        "exactly the payload 2.0 response fields");
  }

  private static List<String> sortedFieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    java.util.Collections.sort(names);
    return names;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "claim-validate-bad-json.json, 400",
    "claim-validate-missing-field.json, 400",
    "claim-validate-wrong-procedure.json, 422",
    "claim-validate-oversized.json, 413",
    "claim-validate-wrong-content-type.json, 415",
  })
  void badRequestsAreProblems(String event, int status) {
    HttpApiResponse r = invoke(event, SEEDED);
    assertEquals(status, r.statusCode());
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    JsonNode p = EventFixtures.body(r);
    assertEquals(status, p.path("status").asInt());
    assertFalse(p.path("title").asText().isEmpty());
    assertTrue(p.path("errors").size() >= 1, p.toString());
    assertTrue(p.path("requestId").asText().startsWith("Req-"));
  }

  @Test
  void missingFieldsAreAllListed() {
    JsonNode p = EventFixtures.body(invoke("claim-validate-missing-field.json", SEEDED));
    assertEquals(List.of("/payerId", "/dateOfService"), p.path("errors").findValuesAsText("field"));
  }

  @Test
  void wrongMethodIs405() {
    String event =
        new String(EventFixtures.bytes(fixture() + "-validate.json"), StandardCharsets.UTF_8)
            .replace("\"method\": \"POST\"", "\"method\": \"PUT\"");
    JsonNode r =
        EventFixtures.invoke(handler().apply(SEEDED), event.getBytes(StandardCharsets.UTF_8));
    assertEquals(405, r.path("statusCode").asInt());
    assertEquals("POST", r.path("headers").path("Allow").asText());
  }

  @Test
  void base64BodiesAreDecoded() {
    HttpApiEvent event = EventFixtures.apiEvent("claim-validate-base64.json");
    JsonNode body = EventFixtures.body(handler().apply(SEEDED).handle(event));
    assertEquals("AETNA", body.path("policy").path("payerId").asText(), body.toString());
  }

  /**
   * Anything unexpected is a 500 problem that says nothing of the failure (it is logged with the
   * request id).
   */
  @Test
  void anUnexpectedFailureIsA500ProblemWithoutItsDetail() {
    PolicyStore broken =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            throw new IllegalStateException("secret detail Zelda");
          }

          @Override
          public List<PayerSummary> payers() {
            return List.of();
          }
        };
    java.io.ByteArrayOutputStream logs = new java.io.ByteArrayOutputStream();
    java.io.PrintStream previous = Log.to(new java.io.PrintStream(logs, true));
    HttpApiResponse r;
    try {
      r = invoke(fixture() + "-validate.json", new ClaimValidator(RuleEngine.standard(), broken));
    } finally {
      Log.to(previous);
    }
    // Logged by class only: an exception's message may quote claim content (PHI).
    String log = logs.toString(StandardCharsets.UTF_8);
    assertTrue(
        log.contains("\"event\":\"request.failed\"")
            && log.contains("\"error\":\"java.lang.IllegalStateException\""),
        log);
    assertFalse(log.contains("Zelda"), "the exception's message is never logged: " + log);
    assertEquals(500, r.statusCode());
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    assertEquals(500, EventFixtures.body(r).path("status").asInt());
    assertFalse(
        r.body().contains("secret")
            || r.body().contains("IllegalStateException")
            || r.body().contains("at com."),
        r.body());
  }

  @Test
  void policyStoreDownIs503WithRetryAfter() {
    PolicyStore down =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            throw new PolicyStoreUnavailableException("policy store unavailable: test", null);
          }

          @Override
          public List<PayerSummary> payers() {
            throw new PolicyStoreUnavailableException("policy store unavailable: test", null);
          }
        };
    HttpApiResponse r =
        invoke(fixture() + "-validate.json", new ClaimValidator(RuleEngine.standard(), down));
    assertEquals(503, r.statusCode());
    assertEquals("5", r.headers().get("Retry-After"));
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
  }
}
