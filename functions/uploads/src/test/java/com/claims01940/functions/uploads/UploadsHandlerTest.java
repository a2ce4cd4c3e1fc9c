package com.claims01940.functions.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.testing.EventFixtures;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The uploads handler's answers that need no S3, and what a failing S3 call becomes. */
class UploadsHandlerTest {
  /**
   * A real S3 client that fails before any network call, as S3 being unreachable would: its
   * credentials cannot be had.
   */
  static final S3Client UNREACHABLE =
      S3Client.builder()
          .region(Region.US_EAST_1)
          .httpClient(UrlConnectionHttpClient.create())
          .credentialsProvider(
              () -> {
                throw SdkClientException.create("no credentials (test)");
              })
          .build();

  static final UploadsHandler HANDLER =
      new UploadsHandler(new UploadService(UNREACHABLE, null, "bucket", 1000, Clock.systemUTC()));

  static HttpApiResponse invoke(UploadsHandler handler, String event, String body, String type) {
    return handler.handle(EventFixtures.apiEvent(event, body, type));
  }

  static HttpApiResponse invoke(String event, String body, String contentType) {
    return invoke(HANDLER, event, body, contentType);
  }

  @Test
  void requestProblemsAre4xxAndNeverReachS3() {
    assertEquals(415, invoke("uploads-create.json", "{}", "text/plain").statusCode());
    HttpApiResponse bad =
        invoke("uploads-create.json", "{\"fileName\":\"x.exe\",\"size\":5000}", "application/json");
    assertEquals(400, bad.statusCode());
    assertEquals(2, EventFixtures.body(bad).path("errors").size());
  }

  @Test
  void anS3FailureIsA503ToRetry() {
    HttpApiResponse r =
        invoke("uploads-create.json", "{\"fileName\":\"x.csv\",\"size\":5}", "application/json");
    assertEquals(503, r.statusCode());
    assertEquals("5", r.headers().get("Retry-After"));
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
  }

  /** A programming error (here a service built without its client) is a 500, not an outage. */
  @Test
  void aProgrammingErrorIsA500NotA503() {
    var broken =
        new UploadsHandler(new UploadService(null, null, "bucket", 1000, Clock.systemUTC()));
    HttpApiResponse r =
        invoke(
            broken,
            "uploads-create.json",
            "{\"fileName\":\"x.csv\",\"size\":5}",
            "application/json");
    assertEquals(500, r.statusCode());
    assertEquals(null, r.headers().get("Retry-After"));
  }
}
