package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Each deployable jar (shaded and minimized, what CodeUri points at) run alone in a fresh JVM, the
 * way the Lambda runtime loads it, against the local stack: a class the shading dropped, or a
 * dependency left out, fails here rather than on AWS.
 */
class DeployableJarsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ModifiersFunction, events/modifiers-validate.json, \"statusCode\":200",
    "DocumentationFunction, events/documentation-validate.json, \"statusCode\":200",
    "CoverageFunction, events/coverage-validate.json, \"statusCode\":200",
    "ClaimFunction, events/claim-validate.json, \"statusCode\":200",
    "PayersFunction, events/payers-list.json, \"statusCode\":200",
    "PolicyEditFunction, events/policy-history.json, \"statusCode\":200",
    "UploadsFunction, events/uploads-create.json, \"statusCode\":201",
  })
  void runsFromItsJarAlone(String function, String event, String expected) throws Exception {
    String out = run(function, Path.of("..").toAbsolutePath().normalize().resolve(event));
    assertTrue(out.contains(expected), out);
  }

  /**
   * The claim jar reads the reference tables as deployed (CODESET_TABLE, as the template sets it):
   * M54.5, a header since FY2022, is refused on a 2025 claim with the version named.
   */
  @Test
  void theClaimJarChecksDiagnosesAgainstTheReferenceTables(@TempDir Path dir) throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    ObjectNode event =
        (ObjectNode) Json.MAPPER.readTree(root.resolve("events/claim-validate.json").toFile());
    ObjectNode claim = (ObjectNode) Json.MAPPER.readTree(event.path("body").asText());
    claim.put("dateOfService", "2025-06-02").put("submissionDate", "2025-06-05");
    claim.putArray("diagnosisCodes").add("M54.5");
    event.put("body", claim.toString());
    Path file = dir.resolve("m545.json");
    Json.MAPPER.writeValue(file.toFile(), event);
    String out = run("ClaimFunction", file);
    assertTrue(out.contains("\"statusCode\":200"), out);
    assertTrue(out.contains("COV-DIAGNOSIS-INVALID"), out);
    assertTrue(out.contains("M54.5 is a header in ICD-10-CM FY2025"), out);
  }

  /**
   * The bulk jar reads a real file of each format: the object its event names is uploaded first
   * (the event then carries that object's ETag), and the summary it writes counts every record; an
   * 837P is answered with a 999 and a 277CA too (StAEDI and the status table from the jar).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"claims.ndjson, 7", "claims.csv, 3", "claims.837, 3"})
  void theBulkJarValidatesTheFileItsEventNames(String sample, int records, @TempDir Path dir)
      throws Exception {
    LocalRun stack = SharedStack.get();
    Path root = Path.of("..").toAbsolutePath().normalize();
    String key = "uploads/jar-" + UUID.randomUUID() + "/" + sample;
    String etag;
    try (var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint())) {
      etag =
          s3.putObject(
                  b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key),
                  RequestBody.fromFile(root.resolve("events/bulk/" + sample)))
              .eTag()
              .replace("\"", "");
      ObjectNode event =
          (ObjectNode) Json.MAPPER.readTree(root.resolve("events/s3-put-upload.json").toFile());
      ObjectNode s3Part = (ObjectNode) event.path("Records").get(0).path("s3");
      ((ObjectNode) s3Part.path("bucket")).put("name", LocalRun.UPLOADS_BUCKET);
      ((ObjectNode) s3Part.path("object")).put("key", key).put("eTag", etag);
      Path file = dir.resolve("event.json");
      Json.MAPPER.writeValue(file.toFile(), event);
      String out = run("BulkFunction", file);
      assertTrue(out.contains("processed 1"), out);
      var summary = S3Clients.readJson(s3, LocalRun.UPLOADS_BUCKET, UploadKeys.summaryKey(key));
      assertEquals(records, summary.path("records").asInt(), summary.toString());
      assertEquals(etag, summary.path("etag").asText());
      assertTrue(summary.path("results").asLong() > 0, summary.toString());
      if (sample.endsWith(".837")) {
        assertTrue(
            s3.getObjectAsBytes(
                    b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(UploadKeys.claimAckKey(key)))
                .asUtf8String()
                .contains("TRN*2*X-001"),
            "the 277CA from the jar");
      }
    }
  }

  static String run(String function, Path event) throws Exception {
    LocalRun stack = SharedStack.get();
    Path root = Path.of("..").toAbsolutePath().normalize();
    SamTemplate.Function f =
        SamTemplate.load(root.resolve("template.yaml")).function(function).orElseThrow();
    String classpath =
        String.join(
            File.pathSeparator,
            root.resolve(f.codeUri()).toString(),
            launcherJar(),
            serializationJar());
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                LambdaMain.class.getName(),
                f.handlerClass(),
                event.toString())
            .directory(root.toFile())
            .redirectErrorStream(true);
    pb.environment()
        .putAll(
            Map.of(
                Settings.POLICY_TABLE,
                LocalRun.TABLE,
                Settings.POLICY_HISTORY_TABLE,
                LocalRun.HISTORY_TABLE,
                Settings.CODESET_TABLE,
                LocalRun.CODESET_TABLE,
                Settings.DYNAMODB_ENDPOINT,
                stack.dynamoDb().endpoint().toString(),
                Settings.REGION,
                LocalRun.REGION,
                Settings.UPLOADS_BUCKET,
                LocalRun.UPLOADS_BUCKET,
                Settings.S3_ENDPOINT,
                stack.s3().endpoint().toString(),
                "AWS_ACCESS_KEY_ID",
                "local",
                "AWS_SECRET_ACCESS_KEY",
                "local"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** The launcher (LambdaMain, LambdaFunction) as a jar, as the runtime's own classes would be. */
  static String launcherJar() {
    return onClassPath(".*/local/target/classes/?|.*/local-[0-9][^/]*\\.jar");
  }

  static String serializationJar() {
    return onClassPath(".*/aws-lambda-java-serialization-[^/]*\\.jar");
  }

  static String onClassPath(String pattern) {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(p -> p.matches(pattern))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("not found: " + pattern));
  }
}
