package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.functions.uploads.UploadService;
import com.claims01940.functions.uploads.UploadsHandler;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.json.Json;
import com.claims01940.s3.S3Clients;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Issue 22, uploads owned (contract v1.2 "Who may do what"): an upload belongs to the token's
 * subject, and to its organisation when the token names one; anyone else gets 404 for it, never its
 * results. The uploads handler over the local S3 server, with the claims API Gateway's JWT
 * authorizer passes on.
 */
class UploadOwnershipIT {
  static S3Client s3;
  static S3Presigner presigner;
  static UploadsHandler handler;

  @BeforeAll
  static void start() {
    LocalRun stack = SharedStack.get();
    s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint());
    presigner = S3Clients.presigner(LocalRun.REGION, stack.s3().endpoint());
    handler =
        new UploadsHandler(
            new UploadService(
                s3, presigner, LocalRun.UPLOADS_BUCKET, 1_000_000, Clock.systemUTC()));
  }

  @AfterAll
  static void stop() {
    presigner.close();
    s3.close();
  }

  static HttpApiEvent event(
      String method,
      String routeKey,
      String path,
      Map<String, String> params,
      String body,
      Map<String, String> claims) {
    Map<String, String> headers = new HashMap<>();
    if (body != null) {
      headers.put("content-type", "application/json");
    }
    return new HttpApiEvent(
        routeKey,
        path,
        null,
        headers,
        Map.of(),
        params,
        new HttpApiEvent.RequestContext(
            "owner-test",
            new HttpApiEvent.Http(method, path),
            claims == null
                ? null
                : new HttpApiEvent.Authorizer(new HttpApiEvent.Jwt(claims, List.of()))),
        body,
        false);
  }

  static String issue(Map<String, String> claims) throws Exception {
    HttpApiResponse r =
        handler.handle(
            event(
                "POST",
                "POST /v1/uploads",
                "/v1/uploads",
                Map.of(),
                "{\"fileName\":\"claims.ndjson\",\"size\":100}",
                claims));
    assertEquals(201, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body()).path("uploadId").asText();
  }

  static int status(String id, Map<String, String> claims) {
    return handler
        .handle(
            event(
                "GET",
                "GET /v1/uploads/{uploadId}",
                "/v1/uploads/" + id,
                Map.of("uploadId", id),
                null,
                claims))
        .statusCode();
  }

  @Test
  void theOwnerSeesItsUploadAndNobodyElseDoes() throws Exception {
    String alices = issue(Map.of("sub", "alice"));
    assertEquals(200, status(alices, Map.of("sub", "alice")), "the owner");
    assertEquals(404, status(alices, Map.of("sub", "bob")), "another user");
    assertEquals(
        404, status(alices, Map.of("sub", "bob", "org", "acme")), "another user in an org");
    assertEquals(404, status(alices, null), "no token at all");
  }

  @Test
  void theOwnersOrganisationSharesIt() throws Exception {
    String id = issue(Map.of("sub", "alice", "org", "acme"));
    assertEquals(200, status(id, Map.of("sub", "carol", "org", "acme")), "same organisation");
    assertEquals(404, status(id, Map.of("sub", "dave", "org", "globex")), "another organisation");
    assertEquals(404, status(id, Map.of("sub", "erin")), "no organisation");
    assertEquals(200, status(id, Map.of("sub", "alice", "org", "globex")), "the owner, moved");
  }

  /** The local stack with its authorizer off issues uploads nobody owns: anyone may read them. */
  @Test
  void anUploadIssuedWithoutATokenHasNoOwner() throws Exception {
    String id = issue(null);
    assertEquals(200, status(id, null));
    assertEquals(200, status(id, Map.of("sub", "bob")));
  }
}
