package com.claims01940.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.claims01940.http.testing.EventFixtures;
import com.claims01940.runtime.Settings;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CORS allow-list, as API Gateway applies it on AWS and the handlers apply it locally. */
class CorsTest {
  @AfterEach
  void restore() {
    System.clearProperty(Settings.CORS_ALLOWED_ORIGINS);
    Settings.reload();
  }

  static Map<String, String> headersFor(String allowed, String origin) {
    System.setProperty(Settings.CORS_ALLOWED_ORIGINS, allowed);
    Settings.reload();
    var event = EventFixtures.apiEvent("payers-list.json");
    event.headers().keySet().removeIf(k -> k.equalsIgnoreCase("origin"));
    if (origin != null) {
      event.headers().put("origin", origin);
    }
    HttpApiResponse r = Responses.json(200, Map.of(), ApiRequest.of(event));
    return r.headers();
  }

  @Test
  void anAllowedOriginIsEchoedWithVary() {
    var h =
        headersFor(
            "https://billing.example.com, https://other.example", "https://billing.example.com");
    assertEquals("https://billing.example.com", h.get("Access-Control-Allow-Origin"));
    assertEquals("Origin", h.get("Vary"));
    assertEquals("X-Request-Id, Retry-After, ETag", h.get("Access-Control-Expose-Headers"));
  }

  @Test
  void anyOtherOriginGetsNoCorsHeaders() {
    var h = headersFor("https://billing.example.com", "https://evil.example");
    assertFalse(h.containsKey("Access-Control-Allow-Origin"));
    assertFalse(h.containsKey("Access-Control-Expose-Headers"));
    assertNull(headersFor("https://billing.example.com", null).get("Access-Control-Allow-Origin"));
  }

  @Test
  void aStarAllowsEveryOrigin() {
    assertEquals("*", headersFor("*", "https://anyone.example").get("Access-Control-Allow-Origin"));
  }
}
