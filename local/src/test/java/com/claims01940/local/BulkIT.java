package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.bulk.BulkProcessor;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.functions.bulk.BulkJob;
import com.claims01940.json.Json;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Bulk files end to end on s3proxy and dynalite: every format, re-delivery, a cut stream, the
 * upload API.
 */
class BulkIT {
  static LocalRun stack;
  static S3Client s3;
  static BulkJob job;
  static final String BUCKET = LocalRun.UPLOADS_BUCKET;

  @BeforeAll
  static void start() {
    stack = SharedStack.get();
    s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint());
    job = new BulkJob(s3, new BulkProcessor(validator()), Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  static ClaimValidator validator() {
    var client = DynamoDbClients.dynamoDb(LocalRun.REGION, stack.dynamoDb().endpoint());
    return new ClaimValidator(
        RuleEngine.standard(),
        new CachingPolicyStore(
            new DynamoDbPolicyStore(client, LocalRun.TABLE), Duration.ofMinutes(5)),
        new CachingReferenceStore(
            new DynamoDbReferenceStore(client, LocalRun.CODESET_TABLE),
            Duration.ofMinutes(5),
            e -> {
              throw e;
            }));
  }

  /**
   * Puts a file under a fresh key (not under uploads/, so the local trigger leaves it to the test).
   */
  static String put(String name, byte[] content) {
    String key = "it/" + java.util.UUID.randomUUID() + "/" + name;
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
    return key;
  }

  static String etag(String key) {
    return s3.headObject(b -> b.bucket(BUCKET).key(key)).eTag();
  }

  static List<JsonNode> results(String key) throws IOException {
    String text =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.resultsKey(key))).asUtf8String();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : text.lines().toList()) {
      lines.add(Json.MAPPER.readTree(line));
    }
    return lines;
  }

  static JsonNode summary(String key) throws IOException {
    return Json.MAPPER.readTree(
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key))).asByteArray());
  }

  static JsonNode process(String name, byte[] content) throws IOException {
    String key = put(name, content);
    assertEquals(BulkJob.Outcome.PROCESSED, job.run(BUCKET, key, etag(key)));
    JsonNode summary = summary(key);
    List<JsonNode> lines = results(key);
    assertEquals(summary.path("records").asInt(), lines.size(), "one line per record");
    assertEquals(
        summary.path("records").asInt(),
        summary.path("results").asInt() + summary.path("errors").asInt());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(i + 1, lines.get(i).path("record").asInt(), "input order");
      assertTrue(lines.get(i).has("result") ^ lines.get(i).has("error"));
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) summary)
        .set("lines", Json.MAPPER.valueToTree(lines));
    return summary;
  }

  static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(Path.of("../events/bulk/" + name));
  }

  @Test
  void ndjsonWithGoodAndBadLines() throws IOException {
    JsonNode s = process("claims.ndjson", sample("claims.ndjson"));
    assertEquals("NDJSON", s.path("format").asText());
    assertEquals(7, s.path("records").asInt());
    assertEquals(
        List.of(2, 1, 1, 3, 1),
        List.of(
            s.path("pass").asInt(),
            s.path("warn").asInt(),
            s.path("fail").asInt(),
            s.path("errors").asInt(),
            s.path("unsupported").asInt()));
    assertEquals("B-001", s.path("lines").get(0).path("claimId").asText());
    assertEquals("PASS", s.path("lines").get(0).path("result").path("outcome").asText());
    assertEquals(
        "UNSUPPORTED_PROCEDURE", s.path("lines").get(4).path("error").path("code").asText());
    assertEquals("line 7", s.path("lines").get(6).path("location").asText());
    assertTrue(s.path("policyVersions").toString().contains("MEDICARE 2026.3"));
    assertTrue(
        s.path("referenceTables").toString().contains("icd10cm FY2026"),
        s.path("referenceTables").toString());
    assertEquals(1, s.path("findingsByCode").path("MOD-PRICING-POSITION").asInt());
  }

  /**
   * With the cache off (the local stack's TTL of 0), a 2,000-record file across the five payers
   * still makes one DynamoDB Query per payer and one read of the reference tables: the file is
   * judged by one snapshot of each policy and of the tables.
   */
  @Test
  void aFileReadsEachPayerOnceEvenWithTheCacheOff() throws IOException {
    List<String> payers = List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC");
    String clean = new String(sample("claims.ndjson")).lines().findFirst().orElseThrow();
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      file.append(clean.replace("\"MEDICARE\"", "\"" + payers.get(i % 5) + "\"")).append('\n');
    }
    try (var counter = new CountingHttpClient();
        var counted =
            CountingHttpClient.dynamoDb(counter, LocalRun.REGION, stack.dynamoDb().endpoint())) {
      var uncached =
          new ClaimValidator(
              RuleEngine.standard(),
              new CachingPolicyStore(
                  new DynamoDbPolicyStore(counted, LocalRun.TABLE), Duration.ZERO),
              new CachingReferenceStore(
                  new DynamoDbReferenceStore(counted, LocalRun.CODESET_TABLE),
                  Duration.ZERO,
                  e -> {
                    throw e;
                  }));
      var uncachedJob = new BulkJob(s3, new BulkProcessor(uncached), Clock.systemUTC());
      String key = put("snapshot.ndjson", file.toString().getBytes());
      assertEquals(BulkJob.Outcome.PROCESSED, uncachedJob.run(BUCKET, key, etag(key)));
      assertEquals(
          5 + 1,
          counter.requests(),
          "one Query per payer and one of the tables for the whole file");
      JsonNode summary = summary(key);
      assertEquals(2000, summary.path("results").asInt(), summary.toString());
      assertEquals(5, summary.path("policyVersions").size(), summary.toString());
    }
  }

  @Test
  void jsonArray() throws IOException {
    JsonNode s = process("claims.json", sample("claims.json"));
    assertEquals("JSON_ARRAY", s.path("format").asText());
    assertEquals(5, s.path("records").asInt());
    assertEquals(1, s.path("unsupported").asInt());
  }

  @Test
  void csv() throws IOException {
    JsonNode s = process("claims.csv", sample("claims.csv"));
    assertEquals("CSV", s.path("format").asText());
    assertEquals(3, s.path("records").asInt());
    assertEquals(2, s.path("pass").asInt());
    assertEquals(
        "/anesthesia/minutes",
        s.path("lines").get(2).path("error").path("errors").get(0).path("field").asText());
  }

  /** The CSV's locality columns price Medicare by locality; the code sets apply as on the API. */
  @Test
  void csvCarriesTheLocalityAndTheReferenceTablesApply() throws IOException {
    List<String> lines = new String(sample("claims.csv")).lines().toList();
    String row = lines.get(1).replace("2026-03-14,2026-03-20", "2025-06-02,2025-06-05");
    String csv =
        lines.get(0)
            + ",pricingContractor,pricingLocality\n"
            + row
            + ",10112,00\n"
            + row.replace("C-201", "C-202").replace(",M47.816,", ",M54.5,")
            + ",,\n";
    JsonNode s = process("locality.csv", csv.getBytes());
    JsonNode first = s.path("lines").get(0).path("result");
    assertEquals(
        "LOCALITY", first.path("payment").path("conversionFactorBasis").asText(), first.toString());
    assertEquals(
        0,
        new java.math.BigDecimal("137.10")
            .compareTo(first.path("payment").path("estimatedAllowed").decimalValue()),
        first.toString());
    JsonNode second = s.path("lines").get(1).path("result");
    assertTrue(
        second.path("findings").toString().contains("M54.5 is a header in ICD-10-CM FY2025"),
        second.toString());
    assertEquals("NATIONAL", second.path("payment").path("conversionFactorBasis").asText());
  }

  @Test
  void x12With837Lines() throws IOException {
    JsonNode s = process("claims.837", sample("claims.837"));
    assertEquals("X12_837P", s.path("format").asText());
    assertEquals(3, s.path("records").asInt(), s.toString());
    assertEquals(
        List.of("X-001", "X-002"),
        List.of(
            s.path("lines").get(0).path("claimId").asText(),
            s.path("lines").get(1).path("claimId").asText()));
    assertEquals(
        "MEDICARE", s.path("lines").get(0).path("result").path("policy").path("payerId").asText());
    assertEquals(
        "AETNA", s.path("lines").get(1).path("result").path("policy").path("payerId").asText());
    assertEquals(
        "UNSUPPORTED_PROCEDURE", s.path("lines").get(2).path("error").path("code").asText());
    assertEquals(
        145.53,
        s.path("lines").get(0).path("result").path("payment").path("estimatedAllowed").asDouble());
  }

  @Test
  void x12WithAWrongSeCountStillAccountsForEveryClaim() throws IOException {
    String file = new String(sample("claims.837")).replaceAll("SE\\*\\d+\\*0001", "SE*5*0001");
    JsonNode s = process("bad-count.837", file.getBytes());
    assertEquals(3, s.path("records").asInt());
    assertTrue(s.path("problems").toString().contains("envelope"), s.path("problems").toString());
    // The 999 rejects the set (IK5 code 4), so no claim of it is acknowledged in a 277CA.
    JsonNode acks = s.path("acknowledgments");
    assertTrue(text(acks.path("implementationKey").asText()).contains("IK5*R*4"));
    assertEquals("R", acks.path("transactionSets").get(0).path("verdict").asText());
    assertTrue(acks.path("claimKey").isMissingNode(), acks.toString());
    assertEquals("no 277CA: no transaction set was accepted", acks.path("note").asText());
  }

  static String text(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String();
  }

  /**
   * Every X12 file gets a 999 and, when a set is accepted, a 277CA with one claim-level STC per
   * claim whose category agrees with the claim's outcome in the JSON lines; a re-delivery writes
   * both again byte for byte.
   */
  @Test
  void x12GetsA999AndA277caThatAgreeWithTheResultsAndAreStableOnRedelivery() throws IOException {
    String key = put("claims.837", sample("claims.837"));
    assertEquals(BulkJob.Outcome.PROCESSED, job.run(BUCKET, key, etag(key)));
    JsonNode acks = summary(key).path("acknowledgments");
    assertEquals(UploadKeys.implementationAckKey(key), acks.path("implementationKey").asText());
    assertEquals(UploadKeys.claimAckKey(key), acks.path("claimKey").asText());
    String ack999 = text(UploadKeys.implementationAckKey(key));
    String ack277 = text(UploadKeys.claimAckKey(key));
    assertTrue(ack999.contains("AK2*837*0001*005010X222A1~") && ack999.contains("IK5*A~"), ack999);
    List<String> segments = List.of(ack277.replace("\n", "").split("~"));
    for (JsonNode line : results(key)) {
      String claimId = line.path("claimId").asText();
      int trn = segments.indexOf("TRN*2*" + claimId);
      assertTrue(trn > 0, "a 2200D for " + claimId);
      String stc = segments.get(trn + 1);
      String outcome = line.path("result").path("outcome").asText("");
      boolean rejected = outcome.equals("FAIL");
      if (line.has("error")) {
        assertTrue(stc.startsWith("STC*A1:19:AY*"), claimId + ": " + stc);
      } else if (rejected) {
        assertTrue(stc.matches("STC\\*A[3678]:.*\\*U\\*.*"), claimId + " rejected: " + stc);
      } else {
        assertTrue(stc.startsWith("STC*A2:20*"), claimId + " accepted: " + stc);
      }
    }
    byte[] first999 = text(UploadKeys.implementationAckKey(key)).getBytes();
    s3.deleteObject(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key)));
    assertEquals(BulkJob.Outcome.PROCESSED, job.run(BUCKET, key, etag(key)));
    assertArrayEquals(first999, text(UploadKeys.implementationAckKey(key)).getBytes());
    assertEquals(ack277, text(UploadKeys.claimAckKey(key)));
  }

  @Test
  void truncatedX12MarksTheCutClaim() throws IOException {
    String file = new String(sample("claims.837"));
    String cut = file.substring(0, file.indexOf("CLM*X-003") + 12);
    JsonNode s = process("cut.837", cut.getBytes());
    assertEquals(3, s.path("records").asInt());
    assertEquals("INVALID_RECORD", s.path("lines").get(2).path("error").path("code").asText());
    assertFalse(s.path("problems").isEmpty());
  }

  @Test
  void aFileThatIsNotWhatItClaimsStillGetsASummary() throws IOException {
    JsonNode s = process("claims.json", "this is not json at all".getBytes());
    assertEquals(0, s.path("records").asInt());
    assertFalse(s.path("problems").isEmpty(), s.toString());
    JsonNode unknown = process("notes.bin", new byte[] {0, 1, 2, 3});
    assertEquals("REJECTED", unknown.path("status").asText());
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedUnread() throws IOException {
    String key = put("big.ndjson", sample("claims.ndjson"));
    BulkJob small = new BulkJob(s3, new BulkProcessor(validator()), Clock.systemUTC(), 1000);
    assertEquals(BulkJob.Outcome.PROCESSED, small.run(BUCKET, key, etag(key)));
    JsonNode s = summary(key);
    assertEquals("REJECTED", s.path("status").asText());
    assertEquals(0, s.path("records").asInt());
    assertTrue(s.path("problems").get(0).asText().contains("the limit is 1000"), s.toString());
    assertEquals(0, results(key).size());
  }

  @Test
  void theRecordLimitGivesAnIncompleteSummary() throws IOException {
    String key = put("many.ndjson", sample("claims.ndjson"));
    BulkJob capped = new BulkJob(s3, new BulkProcessor(validator(), 4), Clock.systemUTC());
    capped.run(BUCKET, key, etag(key));
    JsonNode s = summary(key);
    assertEquals("INCOMPLETE", s.path("status").asText());
    assertEquals(4, s.path("records").asInt());
    assertEquals(4, results(key).size());
  }

  @Test
  void redeliveryGivesIdenticalOutputAndNoDuplicates() throws IOException {
    String key = put("claims.ndjson", sample("claims.ndjson"));
    assertEquals(BulkJob.Outcome.PROCESSED, job.run(BUCKET, key, etag(key)));
    byte[] first =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.resultsKey(key))).asByteArray();
    byte[] firstSummary =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key))).asByteArray();
    assertEquals(BulkJob.Outcome.ALREADY_DONE, job.run(BUCKET, key, etag(key)));
    assertArrayEquals(
        first,
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.resultsKey(key))).asByteArray());
    assertArrayEquals(
        firstSummary,
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key))).asByteArray());
    // Even if the summary is lost, reprocessing writes byte-identical results.
    s3.deleteObject(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key)));
    assertEquals(BulkJob.Outcome.PROCESSED, job.run(BUCKET, key, etag(key)));
    assertArrayEquals(
        first,
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.resultsKey(key))).asByteArray());
    assertEquals(
        1,
        s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("results/" + key + ".results")).keyCount());
  }

  @Test
  void aStaleEventForAChangedObjectIsSkipped() throws IOException {
    String key = put("claims.ndjson", sample("claims.ndjson"));
    String old = etag(key);
    s3.putObject(
        b -> b.bucket(BUCKET).key(key),
        RequestBody.fromBytes(
            sample("claims.ndjson").clone().length > 0
                ? (new String(sample("claims.ndjson")) + "\n").getBytes()
                : new byte[0]));
    assertEquals(BulkJob.Outcome.SUPERSEDED, job.run(BUCKET, key, old));
  }

  /** Breaks the first read of one key after some bytes, as a dropped connection would. */
  static final class CutStream implements ExecutionInterceptor {
    final String key;
    final AtomicBoolean armed = new AtomicBoolean(true);

    CutStream(String key) {
      this.key = key;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
        Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
      boolean target =
          "GetObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
              && context.httpRequest().encodedPath().endsWith(key.substring(key.lastIndexOf('/')));
      Optional<InputStream> body = context.responseBody();
      if (!target || body.isEmpty() || !armed.getAndSet(false)) {
        return body;
      }
      return Optional.of(
          new FilterInputStream(body.get()) {
            int left = 3000;

            @Override
            public int read() throws IOException {
              if (--left < 0) {
                throw new IOException("connection reset (injected)");
              }
              return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
              if (left <= 0) {
                throw new IOException("connection reset (injected)");
              }
              int n = super.read(b, off, Math.min(len, left));
              left -= Math.max(n, 0);
              return n;
            }
          });
    }
  }

  @Test
  void aStreamCutMidFileWritesNothingAndTheRetryCompletes() throws IOException {
    String key = put("cut-me.ndjson", sample("claims.ndjson"));
    CutStream cut = new CutStream(key);
    S3Client flaky = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint(), cut);
    BulkJob flakyJob = new BulkJob(flaky, new BulkProcessor(validator()), Clock.systemUTC());
    assertThrows(IOException.class, () -> flakyJob.run(BUCKET, key, etag(key)));
    assertThrows(
        NoSuchKeyException.class,
        () -> s3.headObject(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key))));
    assertThrows(
        NoSuchKeyException.class,
        () -> s3.headObject(b -> b.bucket(BUCKET).key(UploadKeys.resultsKey(key))));
    assertEquals(
        BulkJob.Outcome.PROCESSED,
        flakyJob.run(BUCKET, key, etag(key)),
        "the retry reads the whole file");
    assertEquals(7, summary(key).path("records").asInt());
    assertEquals(7, results(key).size());
  }

  /** A file put through the local API's presigned upload; its status once DONE. */
  static JsonNode uploadThroughTheApi(HttpClient http, String fileName, byte[] file)
      throws Exception {
    String request = "{\"fileName\":\"" + fileName + "\",\"size\":" + file.length + "}";
    HttpResponse<String> created =
        http.send(
            SharedStack.authorized(
                    HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/v1/uploads")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(List.of(), OpenApiContract.problems("POST", "/v1/uploads", created));
    JsonNode upload = Json.MAPPER.readTree(created.body());
    String id = upload.path("uploadId").asText();

    JsonNode pending = status(http, id);
    assertEquals("PENDING", pending.path("status").asText());

    HttpRequest.Builder put =
        HttpRequest.newBuilder(URI.create(upload.path("uploadUrl").asText()))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(file));
    upload
        .path("headers")
        .fields()
        .forEachRemaining(
            h -> {
              if (!h.getKey().equalsIgnoreCase("content-length")) {
                put.header(h.getKey(), h.getValue().asText());
              }
            });
    HttpResponse<String> stored = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, stored.statusCode(), stored.body());

    JsonNode done = pending;
    for (int i = 0; i < 100 && !done.path("status").asText().equals("DONE"); i++) {
      Thread.sleep(200);
      done = status(http, id);
    }
    assertEquals("DONE", done.path("status").asText(), done.toString());
    return done;
  }

  static String download(HttpClient http, String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), "the presigned GET of " + url);
    return r.body();
  }

  @Test
  void anX12UploadThroughTheApiOffersItsAcknowledgments() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode done = uploadThroughTheApi(http, "claims.837", sample("claims.837"));
    assertTrue(download(http, done.path("implementationAckUrl").asText()).contains("IK5*A~"));
    String ack277 = download(http, done.path("claimAckUrl").asText());
    assertTrue(ack277.contains("TRN*2*X-001~") && ack277.contains("TRN*2*X-003~"), ack277);
    assertEquals(
        "A",
        done.path("summary")
            .path("acknowledgments")
            .path("transactionSets")
            .get(0)
            .path("verdict")
            .asText());
  }

  @Test
  void presignedUploadThroughTheLocalStack() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    byte[] file = sample("claims.ndjson");
    JsonNode done = uploadThroughTheApi(http, "claims.ndjson", file);
    assertTrue(done.path("implementationAckUrl").isMissingNode(), "no 999 for NDJSON");
    assertEquals(7, done.path("summary").path("records").asInt());
    assertEquals(7, results(done.path("key").asText()).size());
    HttpResponse<String> download =
        http.send(
            HttpRequest.newBuilder(URI.create(done.path("resultsUrl").asText())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, download.statusCode(), "the presigned GET of the results");
    assertEquals(7, download.body().lines().count());
    assertEquals(
        7,
        done.path("summary").path("outcomesByPayer").findValues("PASS").stream()
                .mapToInt(JsonNode::asInt)
                .sum()
            + done.path("summary").path("outcomesByPayer").findValues("WARN").stream()
                .mapToInt(JsonNode::asInt)
                .sum()
            + done.path("summary").path("outcomesByPayer").findValues("FAIL").stream()
                .mapToInt(JsonNode::asInt)
                .sum()
            + done.path("summary").path("errors").asInt());

    HttpResponse<String> unknown =
        http.send(
            SharedStack.authorized(
                    HttpRequest.newBuilder(
                        URI.create(stack.apiUrl() + "/v1/uploads/" + java.util.UUID.randomUUID())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, unknown.statusCode());
    assertEquals(List.of(), OpenApiContract.problems("GET", "/v1/uploads/x", unknown));
  }

  @Test
  void uploadRequestsAreChecked() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r =
        http.send(
            SharedStack.authorized(
                    HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/v1/uploads")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"fileName\":\"claims.exe\",\"size\":999999999999}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertEquals(List.of(), OpenApiContract.problems("POST", "/v1/uploads", r));
    assertEquals(
        List.of("/fileName", "/size"),
        Json.MAPPER.readTree(r.body()).path("errors").findValuesAsText("field"));
  }

  static JsonNode status(HttpClient http, String id) throws Exception {
    HttpResponse<String> r =
        http.send(
            SharedStack.authorized(
                    HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/v1/uploads/" + id)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(List.of(), OpenApiContract.problems("GET", "/v1/uploads/" + id, r));
    return Json.MAPPER.readTree(r.body());
  }
}
