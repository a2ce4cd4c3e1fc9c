package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.testing.EmfLines;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Claims whose patient name, birth date, member id and free-text fields hold marker strings go
 * through every claim function and the bulk path (NDJSON, CSV, 837P) while all log output is
 * captured: no marker may appear in a log or metric line (in any letter case), nor be echoed back
 * in any response or result line.
 */
class PhiLoggingIT {
  static final List<String> MARKERS =
      List.of(
          "Zelda Markerton",
          "Markerton",
          "MBR-PHI-7731",
          "1911-11-11",
          "19111111",
          "PHI-IND-7731",
          "PHI-POST-7731",
          "PHI-ALT-7731",
          "PHI-DEPTH-7731",
          "PA-PHI-7731");
  static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  static PrintStream originalOut;
  static PrintStream originalErr;
  static LocalRun stack;
  static final List<String> responses = new ArrayList<>();

  @BeforeAll
  static void capture() {
    stack = SharedStack.get();
    originalOut = System.out;
    originalErr = System.err;
    PrintStream tee =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) {
                captured.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
              }
            },
            true,
            StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    Log.to(tee);
  }

  @AfterAll
  static void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    Log.to(System.out);
  }

  static ObjectNode markedClaim(String id) throws Exception {
    ObjectNode c =
        (ObjectNode)
            Json.MAPPER.readTree(
                Files.readString(
                    Path.of("../shared/domain/src/test/resources/claims/clean-claim.json")));
    c.put("claimId", id);
    ObjectNode p = (ObjectNode) c.path("patient");
    p.put("name", "Zelda Markerton");
    p.put("memberId", "MBR-PHI-7731");
    p.put("birthDate", "1911-11-11");
    ObjectNode d = (ObjectNode) c.path("documentation");
    d.put("indication", "PHI-IND-7731 lumbar facet pain");
    d.put("postProcedureCondition", "PHI-POST-7731 stable");
    ((ObjectNode) d.path("sedationJustification")).put("alternativesTried", "PHI-ALT-7731");
    ((ObjectNode) d.path("sedationJustification")).put("depthOfSedation", "PHI-DEPTH-7731");
    ((ObjectNode) c.path("priorAuthorization")).put("number", "PA-PHI-7731");
    return c;
  }

  static String event(String path, String body) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("version", "2.0");
    e.put("routeKey", "POST " + path);
    e.put("rawPath", path);
    e.putObject("headers").put("content-type", "application/json");
    e.putObject("requestContext")
        .put("requestId", "phi")
        .putObject("http")
        .put("method", "POST")
        .put("path", path);
    e.put("body", body);
    e.put("isBase64Encoded", false);
    return e.toString();
  }

  @Test
  void markersNeverReachLogsOrResponses() throws Exception {
    SamTemplate template = SamTemplate.load(Path.of("../template.yaml"));
    List<String> bad = new ArrayList<>();
    ObjectNode c = markedClaim("C-PHI-1");
    ((ObjectNode) c.path("patient")).put("birthDate", "PHI-BD-1911-11-11");
    bad.add(c.toString());
    c = markedClaim("C-PHI-2");
    ((ObjectNode) c.path("patient")).put("sex", "Zelda Markerton");
    ((ObjectNode) c.path("patient")).put("name", "Zelda Markerton" + "x".repeat(300));
    ((ObjectNode) c.path("patient")).put("memberId", 1911111119111111L);
    bad.add(c.toString());
    c = markedClaim("C-PHI-3");
    ((ObjectNode) c.path("documentation")).put("indication", "PHI-IND-7731\u0001");
    ((ObjectNode) c.path("anesthesia")).put("minutes", "PHI-ALT-7731");
    bad.add(c.toString());
    bad.add(
        "{\"claimId\": \"C-PHI-4\", \"patient\": {\"name\": \"Zelda Markerton\"}, "
            + "\"x\": PHI-IND-7731}");

    int functions = 0;
    for (SamTemplate.Function f : template.functions()) {
      for (SamTemplate.Route r : f.routes()) {
        if (!r.isDefault() && r.path().startsWith("/v1/claims/validate")) {
          functions++;
          LambdaFunction fn = new LambdaFunction(f.logicalId(), f.handlerClass());
          String ok = fn.invoke(event(r.path(), markedClaim("C-PHI-OK").toString()));
          assertEquals(200, Json.MAPPER.readTree(ok).path("statusCode").asInt(), ok);
          responses.add(ok);
          for (String body : bad) {
            String response = fn.invoke(event(r.path(), body));
            assertEquals(400, Json.MAPPER.readTree(response).path("statusCode").asInt(), response);
            responses.add(response);
          }
        }
      }
    }
    assertEquals(4, functions);

    String ndjson =
        markedClaim("B-PHI-1")
            + "\n"
            + markedClaim("B-PHI-2").put("payerId", "AETNA")
            + "\n"
            + "{\"claimId\": \"B-PHI-3\", \"patient\":"
            + " {\"name\": \"Zelda Markerton\", \"birthDate\": \"1911-11-11\"}}\n"
            + "not json but PHI-IND-7731\n";
    String csv =
        Files.readString(Path.of("../events/bulk/claims.csv")).lines().findFirst().orElseThrow()
            + ",patientName,patientMemberId,patientBirthDate\n"
            + Files.readString(Path.of("../events/bulk/claims.csv"))
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow()
                .replace("Lumbar facet", "PHI-IND-7731 Lumbar facet")
            + ",Zelda Markerton,MBR-PHI-7731,1911-11-11\n";
    String x12 =
        Files.readString(Path.of("../events/bulk/claims.837"))
            .replace(
                "NM1*IL*1*DOE*JANE****MI*MEMBER2", "NM1*IL*1*MARKERTON*ZELDA****MI*MBR-PHI-7731")
            .replace("DMG*D8*19710502*F", "DMG*D8*19111111*F");
    try (var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint())) {
      List<String> keys = new ArrayList<>();
      for (String[] file :
          List.of(
              new String[] {"phi.ndjson", ndjson},
              new String[] {"phi.csv", csv},
              new String[] {"phi.837", x12})) {
        String key = "uploads/phi-" + java.util.UUID.randomUUID() + "/" + file[0];
        s3.putObject(
            b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key), RequestBody.fromString(file[1]));
        keys.add(key);
      }
      for (String key : keys) {
        String summary = null;
        for (int i = 0; i < 100 && summary == null; i++) {
          try {
            summary =
                s3.getObjectAsBytes(
                        b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(UploadKeys.summaryKey(key)))
                    .asUtf8String();
          } catch (NoSuchKeyException notYet) {
            Thread.sleep(200);
          }
        }
        assertTrue(summary != null, "the local trigger processed " + key);
        responses.add(summary);
        responses.add(
            s3.getObjectAsBytes(
                    b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(UploadKeys.resultsKey(key)))
                .asUtf8String());
      }
    }

    String logs = captured.toString(StandardCharsets.UTF_8);
    assertTrue(
        logs.contains("\"event\":\"claim.validated\"") && logs.contains("\"event\":\"bulk.done\""),
        "the capture saw the functions' log lines");
    // Case-insensitive: the 837P path upper-cases names (MARKERTON), and a marker must not slip
    // through that way.
    String lowerLogs = logs.toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      String m = marker.toLowerCase(Locale.ROOT);
      assertFalse(lowerLogs.contains(m), "log or metric output contains " + marker);
      for (String response : responses) {
        assertFalse(
            response.toLowerCase(Locale.ROOT).contains(m),
            "a response or result echoes " + marker + ": " + response);
      }
    }
    // The metric lines are among the output checked above; each is valid EMF, and every kind was
    // written.
    List<JsonNode> metrics = new ArrayList<>();
    for (String line : logs.lines().filter(l -> l.startsWith("{\"_aws\"")).toList()) {
      JsonNode json = Json.MAPPER.readTree(line);
      assertEquals(List.of(), EmfLines.problems(json), line);
      metrics.add(json);
    }
    for (String name : List.of("Requests", "Validations", "Findings", "BulkFiles", "BulkRecords")) {
      assertTrue(
          metrics.stream().anyMatch(m -> m.has(name)), "a " + name + " metric line was written");
    }
  }
}
