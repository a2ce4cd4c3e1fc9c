package com.claims01940.functions.uploads;

import com.claims01940.http.ApiHandler;
import com.claims01940.http.ApiRequest;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.Problem;
import com.claims01940.http.Responses;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.S3Wiring;
import java.io.IOException;
import java.time.Clock;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * POST /v1/uploads (a presigned PUT for a bulk file) and GET /v1/uploads/{uploadId} (its status and
 * summary).
 */
public final class UploadsHandler extends ApiHandler {
  private final UploadService uploads;

  /** The Lambda runtime's constructor: S3 and the limits from the container's settings. */
  public UploadsHandler() {
    this(
        new UploadService(
            S3Wiring.s3(),
            S3Wiring.presigner(),
            Settings.required(Settings.UPLOADS_BUCKET, Settings.current().uploadsBucket()),
            Settings.current().maxUploadBytes(),
            Clock.systemUTC()));
  }

  public UploadsHandler(UploadService uploads) {
    this.uploads = uploads;
  }

  @Override
  protected HttpApiResponse respond(ApiRequest request) throws IOException {
    return switch (request.routeKey() == null ? "" : request.routeKey()) {
      case "POST /v1/uploads" -> create(request);
      case "GET /v1/uploads/{uploadId}" -> status(request);
      default ->
          Responses.problem(
              Problem.notFound("No route " + request.method() + " " + request.path() + "."),
              request);
    };
  }

  /**
   * S3 failing (the SDK's exceptions, or an unreadable answer) is a 503 to retry; anything else is
   * a programming error and stays a 500, never dressed up as an outage.
   */
  @Override
  protected HttpApiResponse failed(ApiRequest request, Exception e) {
    return e instanceof SdkException || e instanceof IOException
        ? Responses.unavailable(request, "Uploads cannot be handled right now; retry shortly.")
        : super.failed(request, e);
  }

  private HttpApiResponse create(ApiRequest request) throws IOException {
    if (!request.isJson()) {
      return Responses.problem(Problem.unsupportedMediaType(), request);
    }
    UploadRequest.Parsed parsed = UploadRequest.parse(request.body(), uploads.maxBytes());
    if (parsed instanceof UploadRequest.Invalid invalid) {
      return Responses.problem(Problem.badRequest(invalid.errors()), request);
    }
    UploadIssued issued =
        uploads.issue(((UploadRequest.Valid) parsed).request(), Requester.of(request));
    Log.info("upload.issued")
        .id("requestId", request.requestId())
        .id("uploadId", issued.uploadId())
        .emit();
    return Responses.json(201, issued, request);
  }

  private HttpApiResponse status(ApiRequest request) throws IOException {
    String uploadId = request.pathParameters().getOrDefault("uploadId", "");
    return uploads
        .status(uploadId, Requester.of(request))
        .map(s -> Responses.json(200, s, request))
        .orElseGet(
            () -> Responses.problem(Problem.notFound("No upload " + uploadId + "."), request));
  }
}
