package com.claims01940.functions.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.testing.EventFixtures;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The uploads handler's answers that need no S3, and what a failing S3 call becomes. */
class UploadsHandlerTest {
  /** No S3 behind it: any request that reaches S3 fails, as S3 being down would. */
  static final UploadsHandler HANDLER =
      new UploadsHandler(new UploadService(null, null, "bucket", 1000, Clock.systemUTC()));

  static HttpApiResponse invoke(String event, String body, String contentType) {
    return HANDLER.handle(EventFixtures.apiEvent(event, body, contentType));
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
}
