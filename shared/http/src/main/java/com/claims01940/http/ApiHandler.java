package com.claims01940.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import java.io.IOException;

/**
 * The one envelope of every API function: read the event, let the handler respond, turn what it
 * throws into problem+json (a policy store it cannot read: 503 with Retry-After; anything else:
 * {@link #failed}), and end every request with one log line and the request metrics. A stack trace
 * never reaches the caller.
 */
public abstract class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  @Override
  public final APIGatewayV2HTTPResponse handleRequest(
      APIGatewayV2HTTPEvent event, Context context) {
    long start = System.nanoTime();
    ApiRequest request = ApiRequest.of(event);
    APIGatewayV2HTTPResponse response;
    try {
      response = respond(request);
    } catch (PolicyStoreUnavailableException | PolicyFormatException e) {
      response = policyStoreFailed(request, e, null);
    } catch (RuntimeException | IOException e) {
      Log.error("request.failed")
          .id("requestId", request.requestId())
          .id("error", e.getClass().getName())
          .emit();
      response = failed(request);
    }
    return Responses.done(request, response, start);
  }

  /** The answer to one request. */
  protected abstract APIGatewayV2HTTPResponse respond(ApiRequest request) throws IOException;

  /**
   * The answer when {@link #respond} failed unexpectedly (already logged): a 500 unless the handler
   * knows better.
   */
  protected APIGatewayV2HTTPResponse failed(ApiRequest request) {
    return Responses.problem(Problem.internal(), request);
  }

  /**
   * Payer policies unreadable (DynamoDB) or unusable (an item that does not parse): 503, logged and
   * counted.
   */
  protected static APIGatewayV2HTTPResponse policyStoreFailed(
      ApiRequest request, RuntimeException e, String claimId) {
    if (e instanceof PolicyFormatException malformed) {
      Log.error("policy.malformed")
          .id("requestId", request.requestId())
          .id("claimId", claimId)
          .id("payerId", malformed.payerId())
          .id("field", malformed.field())
          .emit();
      Metrics.policyStoreFailure(Metrics.MALFORMED);
      return Responses.unavailable(
          request,
          "The policy of payer " + malformed.payerId() + " cannot be used until it is corrected.");
    }
    Log.error("policy.unavailable")
        .id("requestId", request.requestId())
        .id("claimId", claimId)
        .id("reason", e.getMessage())
        .emit();
    Metrics.policyStoreFailure(Metrics.UNAVAILABLE);
    return Responses.unavailable(
        request, "Payer policies cannot be read right now; retry shortly.");
  }
}
