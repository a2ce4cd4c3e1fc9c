package com.claims01940.dynamodb;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.json.Json;
import com.claims01940.runtime.Settings;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The two reads the functions make — every item of one partition (Query) and a projection of a
 * whole table (Scan), all pages — as DynamoDB JSON-protocol requests signed by the SDK's SigV4
 * signer with the SDK's credentials providers and sent by the SDK's url-connection HTTP client,
 * without the generated {@code DynamoDbClient}. That client's start (its builder, endpoint rules,
 * interceptor chain and request pipeline) cost more than a whole bare JVM's cold start here; the
 * operation, its JSON and its signature are what that client would send (docs/performance.md).
 * Writes (the loaders) keep the full client.
 *
 * <p>Like the SDK's standard retry mode: up to three attempts for I/O failures, 5xx answers,
 * throttling and damaged or malformed responses (DynamoDB's CRC32 header, not a JSON object), with
 * jittered exponential backoff, within the project's call timeout. Anything else fails at once with
 * a {@link DynamoDbReadException}.
 */
public final class DynamoDbReads implements AutoCloseable {
  static final String API_VERSION = "DynamoDB_20120810";
  static final int MAX_ATTEMPTS = 3;

  /**
   * DynamoDB's limits, not a request's: a string or binary attribute up to an item's 400 KB (binary
   * arrives as base64, a page is at most 1 MB), and 32 levels of nesting, each two deep in its
   * JSON.
   */
  private static final JsonFactory ANSWERS =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(1 << 20)
                  .maxNestingDepth(2 * 32 + 8)
                  .build())
          .build();

  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final String region;
  private final URI endpoint;
  private final String signingName;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  public DynamoDbReads(
      SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
    this(http, credentials, region, endpoint, "dynamodb");
  }

  /**
   * With another SigV4 service name: how a test has a signature-checking server (S3's) check ours.
   */
  DynamoDbReads(
      SdkHttpClient http,
      AwsCredentialsProvider credentials,
      String region,
      URI endpoint,
      String signingName) {
    this.http = http;
    this.credentials = credentials;
    this.region = region;
    this.endpoint = endpoint != null ? endpoint : regionalEndpoint(region);
    this.signingName = signingName;
  }

  /** Configured as SdkClients configures every client; endpoint null: the region's own. */
  public static DynamoDbReads create(String region, URI endpoint) {
    return new DynamoDbReads(
        SdkClients.httpClient().build(), SdkClients.credentials(endpoint), region, endpoint);
  }

  public static DynamoDbReads create(Settings settings) {
    return create(settings.region(), settings.dynamoDbEndpoint());
  }

  /** DynamoDB's regional endpoint (China's regions have their own domain). */
  static URI regionalEndpoint(String region) {
    String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return URI.create("https://dynamodb." + region + "." + domain);
  }

  /** Every item whose partition key {@code keyName} is {@code keyValue}, in sort-key order. */
  public List<Map<String, AttributeValue>> query(String table, String keyName, String keyValue) {
    ObjectNode request = Json.MAPPER.createObjectNode();
    request.put("TableName", table);
    request.put("KeyConditionExpression", "#k = :k");
    request.putObject("ExpressionAttributeNames").put("#k", keyName);
    request.putObject("ExpressionAttributeValues").putObject(":k").put("S", keyValue);
    return allPages("Query", request);
  }

  /** The named attributes of every item in the table. */
  public List<Map<String, AttributeValue>> scan(String table, List<String> attributes) {
    ObjectNode request = Json.MAPPER.createObjectNode();
    request.put("TableName", table);
    ObjectNode names = request.putObject("ExpressionAttributeNames");
    StringBuilder projection = new StringBuilder();
    for (int i = 0; i < attributes.size(); i++) {
      names.put("#a" + i, attributes.get(i));
      projection.append(i == 0 ? "" : ", ").append("#a").append(i);
    }
    request.put("ProjectionExpression", projection.toString());
    return allPages("Scan", request);
  }

  private List<Map<String, AttributeValue>> allPages(String operation, ObjectNode request) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    while (true) {
      JsonNode page = call(operation, request);
      for (JsonNode item : page.path("Items")) {
        items.add(item(item));
      }
      JsonNode next = page.get("LastEvaluatedKey");
      if (next == null || next.isEmpty()) {
        return items;
      }
      request.set("ExclusiveStartKey", next);
    }
  }

  /** One operation, retried as the class comment says. */
  JsonNode call(String operation, ObjectNode request) {
    byte[] body = json(request);
    long deadline = System.nanoTime() + SdkClients.CALL_TIMEOUT.toNanos();
    for (int attempt = 1; ; attempt++) {
      DynamoDbReadException failure;
      try {
        Answer answer = send(operation, body);
        JsonNode page = answer.page();
        if (page != null) {
          return page;
        }
        failure = answer.failure(operation);
      } catch (IOException e) {
        failure =
            new DynamoDbReadException(
                operation,
                0,
                e.getClass().getSimpleName(),
                String.valueOf(e.getMessage()),
                true,
                e);
      }
      long pause = backoff(attempt, failure.throttled());
      if (!failure.retryable()
          || attempt == MAX_ATTEMPTS
          || System.nanoTime() + pause * 1_000_000 > deadline) {
        throw failure;
      }
      sleep(pause);
    }
  }

  private Answer send(String operation, byte[] body) throws IOException {
    SdkHttpFullRequest unsigned =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint)
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("X-Amz-Target", API_VERSION + "." + operation)
            .putHeader("Content-Length", Integer.toString(body.length))
            .build();
    ContentStreamProvider payload = ContentStreamProvider.fromByteArrayUnsafe(body);
    var signed =
        signer.sign(
            r ->
                r.identity(credentials.resolveCredentials())
                    .request(unsigned)
                    .payload(payload)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName));
    HttpExecuteResponse response =
        http.prepareRequest(
                HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(payload)
                    .build())
            .call();
    byte[] answer;
    if (response.responseBody().isPresent()) {
      try (InputStream in = response.responseBody().get()) {
        answer = in.readAllBytes();
      }
    } else {
      answer = new byte[0];
    }
    return new Answer(
        response.httpResponse().statusCode(),
        answer,
        response.httpResponse().firstMatchingHeader("x-amz-crc32").orElse(null));
  }

  /** A response as received; {@code crc32} is DynamoDB's checksum header, when sent. */
  record Answer(int status, byte[] body, String crc32) {
    boolean intact() {
      if (crc32 == null) {
        return true;
      }
      CRC32 sum = new CRC32();
      sum.update(body);
      return Long.toString(sum.getValue()).equals(crc32.trim());
    }

    /** The answer's JSON object when it is a success that arrived whole; otherwise null. */
    JsonNode page() {
      if (status / 100 != 2 || !intact()) {
        return null;
      }
      try (JsonParser parser = ANSWERS.createParser(body)) {
        JsonNode page = Json.MAPPER.readTree(parser);
        return page != null && page.isObject() ? page : null;
      } catch (IOException notJson) {
        return null;
      }
    }

    DynamoDbReadException failure(String operation) {
      if (status / 100 == 2) {
        return intact()
            ? new DynamoDbReadException(
                operation, status, "MalformedAnswer", "not a JSON object", true, null)
            : new DynamoDbReadException(
                operation, status, "Crc32Mismatch", "response damaged in transit", true, null);
      }
      String type = "HTTP " + status;
      String message = "";
      try {
        JsonNode error = Json.MAPPER.readTree(body);
        type = error.path("__type").asText(type);
        message = error.path("message").asText(error.path("Message").asText(""));
      } catch (IOException | RuntimeException notJson) {
        // A proxy's or load balancer's page: the status says enough.
      }
      // "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException" → the name after '#'.
      type = type.substring(type.lastIndexOf('#') + 1);
      boolean retryable = status >= 500 || DynamoDbReadException.THROTTLING.contains(type);
      return new DynamoDbReadException(operation, status, type, message, retryable, null);
    }
  }

  /** Full jitter, as the SDK's standard mode: throttling waits longer than other failures. */
  static long backoff(int attempt, boolean throttled) {
    long base = throttled ? 500 : 50;
    long cap = Math.min(20_000, base << Math.min(attempt - 1, 10));
    return ThreadLocalRandom.current().nextLong(cap + 1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DynamoDbReadException("retry", 0, "Interrupted", "interrupted", false, e);
    }
  }

  private static byte[] json(ObjectNode request) {
    try {
      return Json.MAPPER.writeValueAsBytes(request);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a request", e);
    }
  }

  /** An item in DynamoDB's JSON ({"name": {"S": "…"}}) as the SDK's model. */
  static Map<String, AttributeValue> item(JsonNode json) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      var e = it.next();
      item.put(e.getKey(), attribute(e.getValue()));
    }
    return item;
  }

  static AttributeValue attribute(JsonNode typed) {
    if (!typed.isObject() || typed.size() != 1) {
      throw new IllegalArgumentException("not a DynamoDB attribute value: " + typed.getNodeType());
    }
    var e = typed.fields().next();
    JsonNode v = e.getValue();
    return switch (e.getKey()) {
      case "S" -> AttributeValue.fromS(v.asText());
      case "N" -> AttributeValue.fromN(v.asText());
      case "B" -> AttributeValue.fromB(bytes(v));
      case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
      case "NULL" -> AttributeValue.fromNul(true);
      case "M" -> AttributeValue.fromM(item(v));
      case "L" -> {
        List<AttributeValue> list = new ArrayList<>(v.size());
        v.forEach(x -> list.add(attribute(x)));
        yield AttributeValue.fromL(list);
      }
      case "SS" -> AttributeValue.fromSs(texts(v));
      case "NS" -> AttributeValue.fromNs(texts(v));
      case "BS" -> {
        List<SdkBytes> list = new ArrayList<>(v.size());
        v.forEach(x -> list.add(bytes(x)));
        yield AttributeValue.fromBs(list);
      }
      default -> throw new IllegalArgumentException("unknown attribute type " + e.getKey());
    };
  }

  private static SdkBytes bytes(JsonNode base64) {
    return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64.asText()));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  @Override
  public void close() {
    http.close();
  }
}
