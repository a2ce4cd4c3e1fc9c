package com.claims01940.functions.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.claims01940.http.ApiRequest;
import com.claims01940.runtime.Env;
import com.claims01940.runtime.Log;
import com.claims01940.http.Problem;
import com.claims01940.http.Responses;
import com.claims01940.s3.UploadKeys;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.S3Wiring;
import com.claims01940.claim.FieldError;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * POST /v1/uploads hands out a presigned S3 PUT for a fresh key under uploads/, signed for the
 * declared content type and size (S3 rejects any other); GET /v1/uploads/{uploadId} answers PENDING
 * until the file's summary exists, then the summary. A small marker under requests/ (outside the
 * bulk trigger's prefix) remembers each upload id, so an id never issued is a 404.
 */
public final class UploadsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  public static final String MAX_UPLOAD_BYTES = "MAX_UPLOAD_BYTES";
  static final Duration URL_LIFETIME = Duration.ofMinutes(15);
  static final Map<String, List<String>> TYPES_BY_EXTENSION = Map.of(
      "json", List.of("application/json"),
      "jsonl", List.of("application/x-ndjson", "application/jsonl"),
      "ndjson", List.of("application/x-ndjson", "application/jsonl"),
      "csv", List.of("text/csv"),
      "x12", List.of("application/edi-x12", "text/plain"),
      "837", List.of("application/edi-x12", "text/plain"),
      "edi", List.of("application/edi-x12", "text/plain"),
      "txt", List.of("text/plain", "application/edi-x12"));
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final long maxBytes;
  private final Clock clock;

  public UploadsHandler() {
    this(S3Wiring.s3(), S3Wiring.presigner(), S3Wiring.settings().bucket(),
        Long.parseLong(Env.get(MAX_UPLOAD_BYTES) == null ? "104857600" : Env.get(MAX_UPLOAD_BYTES)), Clock.systemUTC());
  }

  public UploadsHandler(S3Client s3, S3Presigner presigner, String bucket, long maxBytes, Clock clock) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  static String markerKey(String uploadId) {
    return "requests/" + uploadId + ".json";
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    long start = System.nanoTime();
    ApiRequest request = ApiRequest.of(event);
    APIGatewayV2HTTPResponse response;
    try {
      response = switch (request.routeKey() == null ? "" : request.routeKey()) {
        case "POST /v1/uploads" -> create(request);
        case "GET /v1/uploads/{uploadId}" -> status(request);
        default -> Responses.problem(Problem.notFound("No route " + request.method() + " " + request.path() + "."), request);
      };
    } catch (RuntimeException | IOException e) {
      Log.error("request.failed").id("requestId", request.requestId()).id("error", e.getClass().getName()).emit();
      response = Responses.problem(Problem.unavailable("Uploads cannot be handled right now; retry shortly."), request,
          Map.of("Retry-After", "5"));
    }
    return Responses.done(request, response, start);
  }

  private APIGatewayV2HTTPResponse create(ApiRequest request) throws IOException {
    if (!request.isJson()) {
      return Responses.problem(Problem.unsupportedMediaType(), request);
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(request.body());
    } catch (IOException e) {
      return Responses.problem(Problem.badRequest("", "body is not valid JSON"), request);
    }
    if (body == null || !body.isObject()) {
      return Responses.problem(Problem.badRequest("", "body must be a JSON object: {fileName, size, contentType}"), request);
    }
    List<FieldError> errors = new ArrayList<>();
    String fileName = body.path("fileName").asText("");
    String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!FILE_NAME.matcher(fileName).matches()) {
      errors.add(new FieldError("/fileName", "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    } else if (!TYPES_BY_EXTENSION.containsKey(extension)) {
      errors.add(new FieldError("/fileName", "must end in .json, .jsonl, .ndjson, .csv, .x12, .837, .edi or .txt"));
    }
    List<String> types = TYPES_BY_EXTENSION.getOrDefault(extension, List.of());
    String contentType = body.path("contentType").asText(types.isEmpty() ? "" : types.get(0)).toLowerCase(Locale.ROOT);
    if (!types.isEmpty() && !types.contains(contentType)) {
      errors.add(new FieldError("/contentType", "must be one of " + String.join(", ", types) + " for a ." + extension + " file"));
    }
    JsonNode size = body.path("size");
    if (!size.isIntegralNumber() || size.asLong() < 1 || size.asLong() > maxBytes) {
      errors.add(new FieldError("/size", "must be the file's size in bytes, 1 to " + maxBytes));
    }
    if (!errors.isEmpty()) {
      return Responses.problem(Problem.badRequest(errors), request);
    }
    String uploadId = UUID.randomUUID().toString();
    String key = UploadKeys.UPLOADS_PREFIX + uploadId + "/" + fileName;
    Instant now = clock.instant();
    ObjectNode marker = Json.MAPPER.createObjectNode().put("uploadId", uploadId).put("key", key)
        .put("contentType", contentType).put("size", size.asLong()).put("createdAt", now.toString());
    s3.putObject(b -> b.bucket(bucket).key(markerKey(uploadId)).contentType("application/json"),
        RequestBody.fromBytes(Json.MAPPER.writeValueAsBytes(marker)));
    var presigned = presigner.presignPutObject(p -> p.signatureDuration(URL_LIFETIME)
        .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType).contentLength(size.asLong())));
    Map<String, String> headers = new LinkedHashMap<>();
    presigned.signedHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("host")) {
        headers.put(name, String.join(",", values));
      }
    });
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("uploadId", uploadId);
    out.put("key", key);
    out.put("uploadUrl", presigned.url().toString());
    out.put("method", "PUT");
    out.set("headers", Json.MAPPER.valueToTree(headers));
    out.put("expiresAt", presigned.expiration().toString());
    out.put("maxBytes", maxBytes);
    out.put("statusUrl", "/v1/uploads/" + uploadId);
    Log.info("upload.issued").id("requestId", request.requestId()).id("uploadId", uploadId).emit();
    return Responses.json(201, out, request);
  }

  private APIGatewayV2HTTPResponse status(ApiRequest request) throws IOException {
    String uploadId = request.pathParameters().getOrDefault("uploadId", "");
    JsonNode marker = UPLOAD_ID.matcher(uploadId).matches() ? readJson(markerKey(uploadId)) : null;
    if (marker == null) {
      return Responses.problem(Problem.notFound("No upload " + uploadId + "."), request);
    }
    String key = marker.path("key").asText();
    JsonNode summary = readJson(UploadKeys.summaryKey(key));
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("uploadId", uploadId);
    out.put("key", key);
    out.put("status", summary == null ? "PENDING" : "DONE");
    if (summary != null) {
      out.put("resultsKey", UploadKeys.resultsKey(key));
      out.set("summary", summary);
    }
    return Responses.json(200, out, request);
  }

  private JsonNode readJson(String key) throws IOException {
    return S3Clients.readJson(s3, bucket, key);
  }
}
