package com.claims01940.functions.api;

import com.claims01940.engine.RuleCatalog;
import com.claims01940.http.ApiHandler;
import com.claims01940.http.ApiRequest;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.Problem;
import com.claims01940.http.Responses;
import com.claims01940.http.Routes;
import com.claims01940.json.IsoDates;
import com.claims01940.policy.PolicyEditor;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.PolicyStore;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.wiring.Wiring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GET /v1/payers, GET /v1/payers/{payerId}/policy, GET /v1/rules, GET /v1/codesets, and the API's
 * catch-all route, which answers problem+json 405 for a known path with the wrong method and 404
 * otherwise.
 */
public final class PayersAndRulesHandler extends ApiHandler {
  private final Supplier<PolicyStore> store;
  private final Supplier<ReferenceStore> references;

  /**
   * The runtime's constructor: the DynamoDB-backed stores are built on first use, so the catalogue
   * and 404s never pay for them.
   */
  public PayersAndRulesHandler() {
    this.store = Wiring::policies;
    this.references = Wiring::references;
    Wiring.prepare(null, () -> ApiPriming.steps(this));
  }

  public PayersAndRulesHandler(PolicyStore policies, ReferenceStore references) {
    this.store = () -> policies;
    this.references = () -> references;
  }

  /** Every route of this function: the payers Scan, a policy Query, the catalogue, the tables. */
  @Override
  public List<HttpApiEvent> primingEvents() {
    return List.of(
        HttpApiEvent.request("GET", "GET /v1/payers", "/v1/payers", Map.of(), Map.of(), null),
        HttpApiEvent.request(
            "GET",
            "GET /v1/payers/{payerId}/policy",
            "/v1/payers/MEDICARE/policy",
            Map.of("payerId", "MEDICARE"),
            Map.of("dateOfService", PRIMING_DATE),
            null),
        HttpApiEvent.request("GET", "GET /v1/rules", "/v1/rules", Map.of(), Map.of(), null),
        HttpApiEvent.request("GET", "GET /v1/codesets", "/v1/codesets", Map.of(), Map.of(), null));
  }

  /** Any date reads the payer's every version; a 404 for it would prime the same path. */
  private static final String PRIMING_DATE = "2026-03-14";

  @Override
  protected HttpApiResponse respond(ApiRequest request) {
    return switch (request.routeKey() == null ? "$default" : request.routeKey()) {
      case "GET /v1/payers" -> Responses.json(200, Map.of("payers", store.get().payers()), request);
      case "GET /v1/rules" -> Responses.json(200, Map.of("rules", RuleCatalog.describe()), request);
      case "GET /v1/payers/{payerId}/policy" -> policy(request);
      case "GET /v1/codesets" -> codesets(request);
      default -> fallback(request);
    };
  }

  /** Every version loaded, and per table the last date covered (null: open-ended). */
  private HttpApiResponse codesets(ApiRequest request) {
    var data = references.get().current();
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("codesets", data.versions());
    body.put("coveredThrough", data.coveredThrough());
    return Responses.json(200, body, request);
  }

  private HttpApiResponse policy(ApiRequest request) {
    String payerId = request.pathParameters().getOrDefault("payerId", "");
    String date = request.query().get("dateOfService");
    if (date == null || date.isBlank()) {
      return Responses.problem(
          Problem.badRequest(
              "/dateOfService", "query parameter dateOfService=YYYY-MM-DD is required"),
          request);
    }
    LocalDate dateOfService = IsoDates.date(date);
    if (dateOfService == null) {
      return Responses.problem(
          Problem.badRequest("/dateOfService", "must be a real calendar date YYYY-MM-DD"), request);
    }
    PolicyResolution resolution = store.get().resolve(payerId, dateOfService);
    if (resolution instanceof PolicyResolution.Found found) {
      // The item's revision as its ETag: what a lead sends back as If-Match to replace it.
      return Responses.json(
          200,
          found.policy().document(),
          request,
          Map.of("ETag", PolicyEditor.etag(found.policy().document())));
    }
    String detail =
        resolution instanceof PolicyResolution.UnknownPayer
            ? "No 01940 policy is on file for payer " + payerId + "."
            : "Payer " + payerId + " has no 01940 policy in force on " + dateOfService + ".";
    return Responses.problem(Problem.notFound(detail), request);
  }

  /** What API Gateway's $default route sends here: anything the contract's routes did not match. */
  private static HttpApiResponse fallback(ApiRequest request) {
    if (Routes.match(Routes.ALL, request.method(), request.path())
        instanceof Routes.Match.WrongMethod wrong) {
      return Responses.problem(
          Problem.methodNotAllowed(request.method(), wrong.allowed()),
          request,
          Map.of("Allow", String.join(", ", wrong.allowed())));
    }
    return Responses.problem(
        Problem.notFound("No route " + request.method() + " " + request.path() + "."), request);
  }
}
