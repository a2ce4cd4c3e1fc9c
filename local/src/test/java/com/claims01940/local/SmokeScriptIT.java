package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** local/smoke.sh, the check after a deploy, run against the local stack's API. */
class SmokeScriptIT {

  static Result smoke(String baseUrl) throws Exception {
    String token = SharedStack.get().token(LocalAuth.Role.STAFF);
    Process p =
        new ProcessBuilder("bash", "smoke.sh", baseUrl, token == null ? "" : token)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
    return new Result(p.exitValue(), out);
  }

  record Result(int exit, String out) {}

  @Test
  void everyRouteAnswersAsExpectedOnTheLocalStack() throws Exception {
    Result r = smoke(SharedStack.get().apiUrl());
    assertEquals(0, r.exit(), r.out());
    assertEquals(11, r.out().lines().filter(l -> l.startsWith("ok ")).count(), r.out());
    assertTrue(r.out().contains("every route answered as expected"), r.out());
  }

  @Test
  void aDeadEndpointFailsTheSmokeTest() throws Exception {
    Result r = smoke("http://127.0.0.1:9");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("FAIL  POST /v1/claims/validate "), r.out());
  }
}
