package com.claims01940.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.claims01940.json.Json;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.reference.ReferenceStoreUnavailableException;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one envelope of every API function: read the event, let the handler respond, turn what it
 * throws into problem+json (a policy store it cannot read: 503 with Retry-After; anything else:
 * {@link #failed}), and end every request with one log line and the request metrics. A stack trace
 * never reaches the caller.
 *
 * <p>A stream handler: the event is read and the response written with the project's own Jackson,
 * so the Lambda runtime never loads its event serializer (the larger part of a cold start that was
 * ours to choose; docs/performance.md).
 */
public abstract class ApiHandler implements RequestStreamHandler {
  /**
   * The runtime owns the output stream; it is flushed, not closed. Held apart so that loading a
   * handler class does not build the mapper: the constructor starts the wiring first, and Jackson's
   * start then overlaps it (docs/performance.md).
   */
  private static final class Writer {
    static final ObjectWriter RESPONSE =
        Json.MAPPER
            .writerFor(HttpApiResponse.class)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    HttpApiResponse response;
    try {
      response = handle(HttpApiEvent.read(input));
    } catch (IOException notAnEvent) {
      // Only a direct invoke with some other payload gets here; API Gateway always sends an event.
      Log.warn("request.not-an-event").id("error", notAnEvent.getClass().getName()).emit();
      ApiRequest none =
          ApiRequest.of(
              new HttpApiEvent(null, null, null, Map.of(), null, null, null, null, false));
      response =
          Responses.problem(
              Problem.badRequest(
                  "", "the event is not an API Gateway HTTP API (payload 2.0) event"),
              none);
    }
    Writer.RESPONSE.writeValue(output, response);
    output.flush();
  }

  /** Answers one event: what the Lambda runtime's call comes to, and what the local stack calls. */
  public final HttpApiResponse handle(HttpApiEvent event) {
    long start = System.nanoTime();
    ApiRequest request = ApiRequest.of(event);
    HttpApiResponse response;
    try {
      response = respond(request);
    } catch (PolicyStoreUnavailableException | PolicyFormatException e) {
      response = policyStoreFailed(request, e, null);
    } catch (ReferenceStoreUnavailableException e) {
      Log.error("codesets.unavailable")
          .id("requestId", request.requestId())
          .id("reason", e.getMessage())
          .emit();
      Metrics.policyStoreFailure(Metrics.UNAVAILABLE);
      response =
          Responses.unavailable(
              request, "Reference tables cannot be read right now; retry shortly.");
    } catch (RuntimeException | IOException e) {
      Log.error("request.failed")
          .id("requestId", request.requestId())
          .id("error", e.getClass().getName())
          .emit();
      response = failed(request, e);
    }
    return Responses.done(request, response, start);
  }

  /**
   * The requests SnapStart priming answers before the snapshot: each route the function serves, so
   * that every read path it uses is loaded and warm in the snapshot. None unless a handler names
   * them.
   */
  public List<HttpApiEvent> primingEvents() {
    return List.of();
  }

  /**
   * Answers one priming event as the Lambda runtime delivers it, as bytes through {@link
   * #handleRequest}, so that reading the event and writing the response are primed too. A 5xx (a
   * store it could not read) is thrown, so that priming logs the step as failed.
   */
  public final void prime(HttpApiEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status;
    try {
      handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
      status = Json.MAPPER.readTree(out.toByteArray()).path("statusCode").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (status >= 500) {
      throw new IllegalStateException(event.routeKey() + " answered " + status);
    }
  }

  /** The answer to one request. */
  protected abstract HttpApiResponse respond(ApiRequest request) throws IOException;

  /**
   * The answer when {@link #respond} failed unexpectedly (already logged): a 500 unless the handler
   * knows better (a store it calls being down is a 503 to retry; a programming error never is).
   */
  protected HttpApiResponse failed(ApiRequest request, Exception e) {
    return Responses.problem(Problem.internal(), request);
  }

  /**
   * Payer policies unreadable (DynamoDB) or unusable (an item that does not parse): 503, logged and
   * counted.
   */
  protected static HttpApiResponse policyStoreFailed(
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
