package com.claims01940.functions.uploads;

import com.claims01940.json.Json;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Uploads over S3: issue a presigned PUT for a fresh key under uploads/, signed for the declared
 * content type and size (S3 rejects any other), with a marker under requests/ (outside the bulk
 * trigger's prefix) that remembers the upload id; and answer an upload's status from its marker and
 * summary.
 */
public final class UploadService {
  static final Duration URL_LIFETIME = Duration.ofMinutes(15);
  private static final Pattern UPLOAD_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final long maxBytes;
  private final Clock clock;

  public UploadService(
      S3Client s3, S3Presigner presigner, String bucket, long maxBytes, Clock clock) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Issues an upload that belongs to its requester (and the requester's organisation). */
  public UploadIssued issue(UploadRequest request, Requester owner) throws IOException {
    String uploadId = UUID.randomUUID().toString();
    String key = UploadKeys.UPLOADS_PREFIX + uploadId + "/" + request.fileName();
    ObjectNode marker =
        Json.MAPPER
            .createObjectNode()
            .put("uploadId", uploadId)
            .put("key", key)
            .put("contentType", request.contentType())
            .put("size", request.size())
            .put("createdAt", clock.instant().toString());
    if (owner.subject() != null) {
      marker.put("sub", owner.subject());
      if (owner.organisation() != null) {
        marker.put("org", owner.organisation());
      }
    }
    s3.putObject(
        b -> b.bucket(bucket).key(UploadKeys.markerKey(uploadId)).contentType("application/json"),
        RequestBody.fromBytes(Json.MAPPER.writeValueAsBytes(marker)));
    var presigned =
        presigner.presignPutObject(
            p ->
                p.signatureDuration(URL_LIFETIME)
                    .putObjectRequest(
                        o ->
                            o.bucket(bucket)
                                .key(key)
                                .contentType(request.contentType())
                                .contentLength(request.size())));
    Map<String, String> headers = new LinkedHashMap<>();
    presigned
        .signedHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
              }
            });
    return new UploadIssued(
        uploadId,
        key,
        presigned.url().toString(),
        "PUT",
        headers,
        presigned.expiration().toString(),
        maxBytes,
        "/v1/uploads/" + uploadId);
  }

  /**
   * The upload's status; empty for an id never issued, and for an upload that belongs to someone
   * else (contract v1.2: anyone else gets 404, never its results).
   */
  public Optional<UploadStatus> status(String uploadId, Requester requester) throws IOException {
    JsonNode marker =
        UPLOAD_ID.matcher(uploadId).matches() ? readJson(UploadKeys.markerKey(uploadId)) : null;
    if (marker == null || !mayRead(marker, requester)) {
      return Optional.empty();
    }
    String key = marker.path("key").asText();
    JsonNode summary = readJson(UploadKeys.summaryKey(key));
    if (summary == null) {
      return Optional.of(
          new UploadStatus(uploadId, key, "PENDING", null, null, null, null, null, null));
    }
    String resultsKey = UploadKeys.resultsKey(key);
    var download = presignedGet(resultsKey, "results.jsonl");
    JsonNode acks = summary.path("acknowledgments");
    return Optional.of(
        new UploadStatus(
            uploadId,
            key,
            "DONE",
            resultsKey,
            download.url().toString(),
            download.expiration().toString(),
            acks.hasNonNull("implementationKey")
                ? presignedGet(acks.path("implementationKey").asText(), "acknowledgment.999.x12")
                    .url()
                    .toString()
                : null,
            acks.hasNonNull("claimKey")
                ? presignedGet(acks.path("claimKey").asText(), "acknowledgment.277ca.x12")
                    .url()
                    .toString()
                : null,
            summary));
  }

  /**
   * The owner, or anyone of the owner's organisation when the upload was issued under one. An
   * upload issued without a token (the local stack with its authorizer off) has no owner.
   */
  static boolean mayRead(JsonNode marker, Requester requester) {
    String sub = marker.path("sub").asText(null);
    if (sub == null) {
      return true;
    }
    String org = marker.path("org").asText(null);
    return sub.equals(requester.subject()) || (org != null && org.equals(requester.organisation()));
  }

  /** A GET of one of the file's outputs, downloaded under a plain name. */
  private software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest presignedGet(
      String key, String fileName) {
    return presigner.presignGetObject(
        p ->
            p.signatureDuration(URL_LIFETIME)
                .getObjectRequest(
                    o ->
                        o.bucket(bucket)
                            .key(key)
                            .responseContentDisposition(
                                "attachment; filename=\"" + fileName + "\"")));
  }

  private JsonNode readJson(String key) throws IOException {
    return S3Clients.readJson(s3, bucket, key);
  }
}
