package com.claims01940.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.ValidationReport;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one shape of every claim-validation function: parse the event, check the request
 * (415/413/400/422), validate one aspect (or all), respond. Subclasses only name their aspect.
 */
public abstract class ClaimValidationHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  /** The contract's body limit. */
  public static final int MAX_BODY_BYTES = 256 * 1024;
  /** Seconds a client should wait before retrying when the policy store is down. */
  public static final String RETRY_AFTER_SECONDS = "5";

  private final Aspect aspect;
  private final Supplier<ClaimValidator> validator;

  protected ClaimValidationHandler(Aspect aspect, ClaimValidator validator) {
    this(aspect, () -> validator);
  }

  /** A validator got on first use: requests rejected before validation never wait for the DynamoDB client. */
  protected ClaimValidationHandler(Aspect aspect, Supplier<ClaimValidator> validator) {
    this.aspect = aspect;
    this.validator = validator;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    long start = System.nanoTime();
    ApiRequest request = ApiRequest.of(event);
    APIGatewayV2HTTPResponse response;
    try {
      response = respond(request);
    } catch (RuntimeException e) {
      Log.error("request.failed").id("requestId", request.requestId()).id("error", e.getClass().getName()).emit();
      response = Responses.problem(Problem.internal(), request);
    }
    return Responses.done(request, response, start);
  }

  private APIGatewayV2HTTPResponse respond(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return Responses.problem(Problem.methodNotAllowed(request.method(), List.of("POST")), request, Map.of("Allow", "POST"));
    }
    if (!request.isJson()) {
      return Responses.problem(Problem.unsupportedMediaType(), request);
    }
    if (request.body().length > MAX_BODY_BYTES) {
      return Responses.problem(Problem.tooLarge(MAX_BODY_BYTES), request);
    }
    if (request.bodyUndecodable()) {
      return Responses.problem(Problem.badRequest("", "body is marked base64 but is not valid base64"), request);
    }
    ClaimReadResult read = ClaimReader.read(request.body());
    if (read instanceof ClaimReadResult.Invalid invalid) {
      return Responses.problem(Problem.badRequest(invalid.errors()), request);
    }
    if (read instanceof ClaimReadResult.OutOfScope out) {
      return Responses.problem(Problem.outOfScope(out.procedureCode()), request);
    }
    var claim = ((ClaimReadResult.Valid) read).claim();
    try {
      ValidationReport report = validator.get().validate(claim, aspect);
      Log.info("claim.validated").id("requestId", request.requestId()).id("claimId", claim.claimId())
          .id("payerId", claim.payerId()).id("aspect", aspect.name()).id("outcome", report.outcome().name())
          .codes("codes", report.findings().stream().map(Finding::code).toList()).emit();
      Metrics.validated(aspect.name(), report.outcome().name(),
          report.policy() == null ? Metrics.UNKNOWN_PAYER : report.policy().payerId(),
          report.findings().stream().map(Finding::code).toList());
      return Responses.json(200, report, request);
    } catch (PolicyStoreUnavailableException e) {
      Log.error("policy.unavailable").id("requestId", request.requestId()).id("claimId", claim.claimId())
          .id("payerId", claim.payerId()).id("reason", e.getMessage()).emit();
      Metrics.policyStoreFailure(Metrics.UNAVAILABLE);
      return unavailable(request, "Payer policies cannot be read right now; retry shortly.");
    } catch (PolicyFormatException e) {
      Log.error("policy.malformed").id("requestId", request.requestId()).id("claimId", claim.claimId())
          .id("payerId", e.payerId()).id("field", e.field()).emit();
      Metrics.policyStoreFailure(Metrics.MALFORMED);
      return unavailable(request, "The policy of payer " + e.payerId() + " cannot be used until it is corrected.");
    }
  }

  static APIGatewayV2HTTPResponse unavailable(ApiRequest request, String detail) {
    return Responses.problem(Problem.unavailable(detail), request, Map.of("Retry-After", RETRY_AFTER_SECONDS));
  }
}
