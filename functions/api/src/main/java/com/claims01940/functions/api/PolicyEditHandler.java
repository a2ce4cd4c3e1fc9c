package com.claims01940.functions.api;

import com.claims01940.claim.FieldError;
import com.claims01940.http.ApiHandler;
import com.claims01940.http.ApiRequest;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.Problem;
import com.claims01940.http.Responses;
import com.claims01940.json.Json;
import com.claims01940.policy.PolicyChange;
import com.claims01940.policy.PolicyEditor;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.runtime.Log;
import com.claims01940.wiring.Wiring;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A billing lead's policy writes (scope policies.write): PUT /v1/payers/{payerId}/policies/
 * {effectiveFrom} creates or replaces one item, guarded by If-Match; GET …/history lists its
 * revisions. The rules of a write are {@link PolicyEditor}'s; this maps them to HTTP.
 */
public final class PolicyEditHandler extends ApiHandler {
  static final String PUT = "PUT /v1/payers/{payerId}/policies/{effectiveFrom}";
  static final String HISTORY = "GET /v1/payers/{payerId}/policies/{effectiveFrom}/history";

  /** Who wrote a revision when the API runs without tokens (the local stack's LOCAL_AUTH=off). */
  static final String NO_SUBJECT = "(no token)";

  private final Supplier<PolicyEditor> editor;
  private final Clock clock;

  /** The runtime's constructor: the DynamoDB-backed editor is built on first use. */
  public PolicyEditHandler() {
    this.editor = Wiring::policyEditor;
    this.clock = Clock.systemUTC();
    Wiring.prepare(null, () -> ApiPriming.steps(this));
  }

  public PolicyEditHandler(PolicyEditor editor, Clock clock) {
    this.editor = () -> editor;
    this.clock = clock;
  }

  /** Priming reads a history: the editor's Query path, and no write. */
  @Override
  public List<HttpApiEvent> primingEvents() {
    return List.of(
        HttpApiEvent.request(
            "GET",
            HISTORY,
            "/v1/payers/MEDICARE/policies/2026-01-01/history",
            Map.of("payerId", "MEDICARE", "effectiveFrom", "2026-01-01"),
            Map.of(),
            null));
  }

  @Override
  protected HttpApiResponse respond(ApiRequest request) throws IOException {
    String payerId = request.pathParameters().getOrDefault("payerId", "");
    String effectiveFrom = request.pathParameters().getOrDefault("effectiveFrom", "");
    if (HISTORY.equals(request.routeKey())) {
      return history(request, payerId, effectiveFrom);
    }
    if (!request.isJson()) {
      return Responses.problem(Problem.unsupportedMediaType(), request);
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(request.body());
    } catch (IOException notJson) {
      return Responses.problem(
          Problem.invalidPolicy(
              "The body is not JSON; nothing was written.",
              List.of(new FieldError("", "the body must be a policy document (JSON)"))),
          request);
    }
    String subject = request.claim("sub");
    PolicyEditor.Outcome outcome =
        editor
            .get()
            .put(
                payerId,
                effectiveFrom,
                body,
                request.header("if-match"),
                subject == null ? NO_SUBJECT : subject,
                clock.instant());
    return outcome instanceof PolicyEditor.Saved saved
        ? saved(request, saved)
        : rejected(request, (PolicyEditor.Rejected) outcome);
  }

  private static HttpApiResponse saved(ApiRequest request, PolicyEditor.Saved saved) {
    Log.info("policy.written")
        .id("requestId", request.requestId())
        .id("payerId", saved.document().path("payerId").asText())
        .id("effectiveFrom", saved.document().path("effectiveFrom").asText())
        .count("revision", saved.revision())
        .id("changedBy", request.claim("sub"))
        .emit();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", PolicyEditor.etag(saved.document()));
    if (saved.created()) {
      headers.put(
          "Location",
          "/v1/payers/"
              + saved.document().path("payerId").asText()
              + "/policies/"
              + saved.document().path("effectiveFrom").asText());
    }
    return Responses.json(saved.created() ? 201 : 200, saved.document(), request, headers);
  }

  private static HttpApiResponse rejected(ApiRequest request, PolicyEditor.Rejected rejected) {
    List<FieldError> errors =
        rejected.problems().stream().map(PolicyEditHandler::fieldError).toList();
    Problem problem =
        switch (rejected.reason()) {
          case INVALID -> Problem.invalidPolicy(rejected.detail(), errors);
          case OVERLAP, CONCURRENT -> Problem.conflict(rejected.detail(), errors);
          case STALE -> Problem.preconditionFailed(rejected.detail());
          case PRECONDITION_REQUIRED -> Problem.preconditionRequired(rejected.detail());
        };
    return Responses.problem(problem, request);
  }

  /** A parser field ({@code parameters.minAge.value}) as a JSON Pointer into the body. */
  static FieldError fieldError(PolicyFormatException.Problem p) {
    String field = p.field();
    String pointer = field.startsWith("(") ? "" : "/" + field.replace('.', '/');
    return new FieldError(pointer, field + " " + p.problem());
  }

  private HttpApiResponse history(ApiRequest request, String payerId, String effectiveFrom) {
    var history = editor.get().history(payerId, effectiveFrom);
    if (history.isEmpty()) {
      return Responses.problem(
          Problem.notFound(
              "No policy item " + payerId + " " + effectiveFrom + " exists or ever existed."),
          request);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("payerId", payerId.toUpperCase(java.util.Locale.ROOT));
    body.put("effectiveFrom", effectiveFrom);
    body.put("revisions", history.get().stream().map(PolicyEditHandler::revision).toList());
    return Responses.json(200, body, request);
  }

  private static Map<String, Object> revision(PolicyChange change) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("revision", change.revision());
    out.put("changedBy", change.changedBy());
    out.put("changedAt", change.changedAt().toString());
    out.put("created", change.created());
    out.put("changes", change.changes());
    return out;
  }
}
