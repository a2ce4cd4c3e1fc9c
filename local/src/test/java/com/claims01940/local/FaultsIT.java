package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.bulk.BulkProcessor;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.functions.api.PayersAndRulesHandler;
import com.claims01940.functions.api.ValidateClaimHandler;
import com.claims01940.functions.bulk.BulkJob;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.testing.EventFixtures;
import com.claims01940.json.Json;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.runtime.Log;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.claims01940.wiring.Wiring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Broken dependencies, for real: a stopped DynamoDB, a corrupted policy item. Never a 500, never
 * wrong results.
 */
class FaultsIT {
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  @AfterEach
  void restoreLog() {
    Log.to(System.out);
  }

  static ClaimValidator validatorAt(DynaliteServer server, String table) {
    return new ClaimValidator(
        RuleEngine.standard(),
        new CachingPolicyStore(
            new DynamoDbPolicyStore(
                DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint()), table),
            Duration.ZERO));
  }

  @Test
  void dynamoDbDownIs503WithRetryAfter() {
    try (DynaliteServer server = DynaliteServer.start()) {
      try (var c = DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint())) {
        new PolicyTable(c, "policies").createSeeded();
      }
      ValidateClaimHandler claims = new ValidateClaimHandler(validatorAt(server, "policies"));
      assertEquals(200, claims.handle(EventFixtures.apiEvent("claim-validate.json")).statusCode());
      server.close();
      HttpApiResponse r = claims.handle(EventFixtures.apiEvent("claim-validate.json"));
      assertEquals(503, r.statusCode());
      assertEquals("5", r.headers().get("Retry-After"));
      assertEquals("application/problem+json", r.headers().get("Content-Type"));
      var client = DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint());
      PayersAndRulesHandler payers =
          new PayersAndRulesHandler(
              new DynamoDbPolicyStore(client, "policies"),
              new DynamoDbReferenceStore(client, "codesets"));
      HttpApiResponse payerList = payers.handle(EventFixtures.apiEvent("payers-list.json"));
      assertEquals(503, payerList.statusCode());
      HttpApiResponse codesets = payers.handle(EventFixtures.apiEvent("codesets-list.json"));
      assertEquals(503, codesets.statusCode());
      assertEquals("5", codesets.headers().get("Retry-After"));
      // Each 503 as the OpenAPI document describes it (Retry-After, problem+json).
      assertEquals(List.of(), documented("POST", "/v1/claims/validate", r));
      assertEquals(List.of(), documented("GET", "/v1/payers", payerList));
      assertEquals(List.of(), documented("GET", "/v1/codesets", codesets));
    }
  }

  static List<String> documented(String method, String path, HttpApiResponse r) {
    Map<String, List<String>> headers = new java.util.HashMap<>();
    r.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    return OpenApiContract.problems(method, path, r.statusCode(), headers, r.body());
  }

  /**
   * A failure of any class while reading policies answers 503 with Retry-After, a problem body and
   * the metric line the PolicyStoreFailures alarm watches — never a 500.
   */
  void assertUnavailable(DynamoDbClient client) {
    Log.to(new PrintStream(logs, true));
    var handler =
        new ValidateClaimHandler(
            new ClaimValidator(
                RuleEngine.standard(),
                new CachingPolicyStore(
                    new DynamoDbPolicyStore(client, "policies"), Duration.ZERO)));
    HttpApiResponse r = handler.handle(EventFixtures.apiEvent("claim-validate.json"));
    assertEquals(503, r.statusCode(), r.body());
    assertEquals("5", r.headers().get("Retry-After"));
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    assertTrue(r.body().contains("\"status\":503") && r.body().contains("retry"), r.body());
    String log = logs.toString();
    assertTrue(
        log.contains("\"PolicyStoreFailures\":1") && log.contains("\"Cause\":\"UNAVAILABLE\""),
        "the policy-store metric line: " + log);
    assertTrue(log.contains("\"event\":\"policy.unavailable\""), log);
  }

  @Test
  void aCredentialsProviderThatThrowsIs503() {
    try (DynaliteServer server = DynaliteServer.start();
        var client =
            DynamoDbClients.dynamoDb(
                SdkClients.httpClient().build(),
                LocalRun.REGION,
                server.endpoint(),
                () -> {
                  throw SdkClientException.create("Unable to load credentials from any provider");
                })) {
      assertUnavailable(client);
    }
  }

  @Test
  void aClientExceptionIs503() throws Exception {
    // A 200 that is no DynamoDB answer: the SDK's client fails to read it (SdkClientException).
    try (var proxy = LoopbackAnswer.start(200, "text/html", "<html>captive portal</html>");
        var client = DynamoDbClients.dynamoDb(LocalRun.REGION, proxy.endpoint())) {
      assertUnavailable(client);
    }
  }

  @Test
  void throttlingIsRetriedThen503() throws Exception {
    try (var proxy =
            LoopbackAnswer.start(
                400,
                "application/x-amz-json-1.0",
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\","
                    + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}");
        var client = DynamoDbClients.dynamoDb(LocalRun.REGION, proxy.endpoint())) {
      assertUnavailable(client);
      assertTrue(proxy.requests() > 1, "the SDK retried throttling: " + proxy.requests());
    }
  }

  /**
   * Reference tables that cannot be read (here: a table that does not exist) never stop a claim: it
   * is validated by shape only, COV-CODESET-NOT-LOADED (a WARNING) says so, and the failure is
   * logged and counted where the policy-store alarm sees it.
   */
  @Test
  void unreadableReferenceTablesGiveAWarningALogLineAndTheMetric() throws Exception {
    LocalRun stack = SharedStack.get();
    try (var client = DynamoDbClients.dynamoDb(LocalRun.REGION, stack.dynamoDb().endpoint())) {
      Log.to(new PrintStream(logs, true));
      ClaimValidator validator =
          new ClaimValidator(
              RuleEngine.standard(),
              new CachingPolicyStore(
                  new DynamoDbPolicyStore(client, LocalRun.TABLE), Duration.ZERO),
              Wiring.cachedReferences(
                  new DynamoDbReferenceStore(client, "no-such-codesets"), Duration.ZERO));
      HttpApiResponse r =
          new ValidateClaimHandler(validator).handle(EventFixtures.apiEvent("claim-validate.json"));
      assertEquals(200, r.statusCode(), r.body());
      var body = Json.MAPPER.readTree(r.body());
      assertEquals("WARN", body.path("outcome").asText(), "a check not done is not a pass");
      assertTrue(
          body.path("findings").toString().contains("\"code\":\"COV-CODESET-NOT-LOADED\""),
          r.body());
      String log = logs.toString();
      assertTrue(log.contains("\"event\":\"codesets.unavailable\""), log);
      assertTrue(
          log.contains("\"PolicyStoreFailures\":1") && log.contains("\"Cause\":\"UNAVAILABLE\""),
          log);

      // A bulk file validated against the same unreadable tables completes, saying so per record.
      logs.reset();
      String key = "it/faults/" + java.util.UUID.randomUUID() + "/claims.ndjson";
      try (var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint())) {
        s3.putObject(
            b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key),
            RequestBody.fromBytes(Files.readAllBytes(Path.of("../events/bulk/claims.ndjson"))));
        String etag = s3.headObject(b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key)).eTag();
        assertEquals(
            BulkJob.Outcome.PROCESSED,
            new BulkJob(s3, new BulkProcessor(validator), Clock.systemUTC())
                .run(LocalRun.UPLOADS_BUCKET, key, etag));
        var summary = summary(s3, key);
        assertEquals(7, summary.path("records").asInt());
        assertTrue(
            summary.path("findingsByCode").has("COV-CODESET-NOT-LOADED"), summary.toString());
        assertTrue(logs.toString().contains("\"event\":\"codesets.unavailable\""));
      }
    }
  }

  static com.fasterxml.jackson.databind.JsonNode summary(
      software.amazon.awssdk.services.s3.S3Client s3, String key) throws java.io.IOException {
    return S3Clients.readJson(s3, LocalRun.UPLOADS_BUCKET, UploadKeys.summaryKey(key));
  }

  @Test
  void aMalformedPolicyItemIs503AndTheLogNamesPayerAndField() {
    try (DynaliteServer server = DynaliteServer.start();
        var c = DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint())) {
      new PolicyTable(c, "policies").createSeeded();
      c.updateItem(
          b ->
              b.tableName("policies")
                  .key(
                      Map.of(
                          "payerId",
                          AttributeValue.fromS("MEDICARE"),
                          "effectiveFrom",
                          AttributeValue.fromS("2026-01-01")))
                  .updateExpression("SET #p.timelyFilingDays.#v = :v")
                  .expressionAttributeNames(Map.of("#p", "parameters", "#v", "value"))
                  .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("a year"))));
      Log.to(new PrintStream(logs, true));
      HttpApiResponse r =
          new ValidateClaimHandler(validatorAt(server, "policies"))
              .handle(EventFixtures.apiEvent("claim-validate.json"));
      assertEquals(503, r.statusCode());
      assertEquals("5", r.headers().get("Retry-After"));
      String log = logs.toString();
      assertTrue(
          log.contains("\"event\":\"policy.malformed\"")
              && log.contains("\"payerId\":\"MEDICARE\"")
              && log.contains("\"field\":\"parameters.timelyFilingDays.value\""),
          log);
      assertTrue(r.body().contains("MEDICARE"), r.body());
    }
  }

  @Test
  void bulkWithDynamoDbDownWritesNothingAndTheRetryCompletes() throws Exception {
    LocalRun stack = SharedStack.get();
    try (DynaliteServer server = DynaliteServer.start();
        var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint())) {
      try (var c = DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint())) {
        new PolicyTable(c, "policies").createSeeded();
      }
      String key = "it/faults/" + java.util.UUID.randomUUID() + "/claims.ndjson";
      s3.putObject(
          b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key),
          RequestBody.fromBytes(Files.readAllBytes(Path.of("../events/bulk/claims.ndjson"))));
      String etag = s3.headObject(b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key)).eTag();
      ClaimValidator validator = validatorAt(server, "policies");
      BulkJob job = new BulkJob(s3, new BulkProcessor(validator), Clock.systemUTC());
      server.close();
      assertThrows(
          PolicyStoreUnavailableException.class, () -> job.run(LocalRun.UPLOADS_BUCKET, key, etag));
      assertThrows(
          NoSuchKeyException.class,
          () ->
              s3.headObject(
                  b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(UploadKeys.summaryKey(key))));
      assertThrows(
          NoSuchKeyException.class,
          () ->
              s3.headObject(
                  b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(UploadKeys.resultsKey(key))));
      // The retry, once DynamoDB answers again (here: the shared stack's), completes the file.
      BulkJob retry =
          new BulkJob(
              s3,
              new BulkProcessor(
                  new ClaimValidator(
                      RuleEngine.standard(),
                      new DynamoDbPolicyStore(
                          DynamoDbClients.dynamoDb(LocalRun.REGION, stack.dynamoDb().endpoint()),
                          LocalRun.TABLE))),
              Clock.systemUTC());
      assertEquals(BulkJob.Outcome.PROCESSED, retry.run(LocalRun.UPLOADS_BUCKET, key, etag));
      var summary = summary(s3, key);
      assertEquals(7, summary.path("records").asInt());
    }
  }
}
