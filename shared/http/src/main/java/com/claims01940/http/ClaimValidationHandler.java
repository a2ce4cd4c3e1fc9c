package com.claims01940.http;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.ValidationReport;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Scope;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one shape of every claim-validation function: check the request (405/415/413/400/422),
 * validate the scope the function serves, respond. Subclasses only name their scope.
 */
public abstract class ClaimValidationHandler extends ApiHandler {
  /** The contract's body limit. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  private final Scope scope;
  private final Supplier<ClaimValidator> validator;

  protected ClaimValidationHandler(Scope scope, ClaimValidator validator) {
    this(scope, () -> validator);
  }

  /**
   * A validator got on first use: requests rejected before validation never wait for the DynamoDB
   * client.
   */
  protected ClaimValidationHandler(Scope scope, Supplier<ClaimValidator> validator) {
    this.scope = scope;
    this.validator = validator;
  }

  /** The scope's own route, with a clean sample claim (the same for every function). */
  @Override
  public List<HttpApiEvent> primingEvents() {
    String path =
        scope == Scope.ALL
            ? "/v1/claims/validate"
            : "/v1/claims/validate/" + scope.name().toLowerCase(Locale.ROOT);
    try (InputStream in = ClaimValidationHandler.class.getResourceAsStream("/priming-claim.json")) {
      String claim = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return List.of(HttpApiEvent.request("POST", "POST " + path, path, Map.of(), Map.of(), claim));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected HttpApiResponse respond(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return Responses.problem(
          Problem.methodNotAllowed(request.method(), List.of("POST")),
          request,
          Map.of("Allow", "POST"));
    }
    if (!request.isJson()) {
      return Responses.problem(Problem.unsupportedMediaType(), request);
    }
    if (request.body().length > MAX_BODY_BYTES) {
      return Responses.problem(Problem.tooLarge(MAX_BODY_BYTES), request);
    }
    if (request.bodyUndecodable()) {
      return Responses.problem(
          Problem.badRequest("", "body is marked base64 but is not valid base64"), request);
    }
    ClaimReadResult read = ClaimReader.read(request.body());
    if (read instanceof ClaimReadResult.Invalid invalid) {
      return Responses.problem(Problem.badRequest(invalid.errors()), request);
    }
    if (read instanceof ClaimReadResult.OutOfScope out) {
      return Responses.problem(Problem.outOfScope(out), request);
    }
    var claim = ((ClaimReadResult.Valid) read).claim();
    ValidationReport report;
    try {
      report = validator.get().validate(claim, scope);
    } catch (PolicyStoreUnavailableException | PolicyFormatException e) {
      return policyStoreFailed(request, e, claim.claimId());
    }
    List<String> codes = report.findings().stream().map(Finding::code).toList();
    Log.info("claim.validated")
        .id("requestId", request.requestId())
        .id("claimId", claim.claimId())
        .id("payerId", claim.payerId())
        .id("aspect", scope.name())
        .id("outcome", report.outcome().name())
        .codes("codes", codes)
        .emit();
    Metrics.validated(
        scope.name(),
        report.outcome().name(),
        report.policy() == null ? Metrics.UNKNOWN_PAYER : report.policy().payerId(),
        codes);
    return Responses.json(200, report, request);
  }
}
