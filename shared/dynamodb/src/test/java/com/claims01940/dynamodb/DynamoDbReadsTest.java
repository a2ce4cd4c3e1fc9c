package com.claims01940.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's JSON read into the SDK's model, and which failures are worth another attempt. */
class DynamoDbReadsTest {

  @Test
  void everyAttributeTypeReadsAsTheSdkModel() throws Exception {
    String json =
        """
        {"s": {"S": "MEDICARE"}, "n": {"N": "20.5998"}, "b": {"B": "AAEC"},
         "t": {"BOOL": true}, "z": {"NULL": true},
         "m": {"M": {"inner": {"L": [{"S": "a"}, {"N": "1"}]}}},
         "ss": {"SS": ["G89.29", "M54.50"]}, "ns": {"NS": ["1", "2.5"]}, "bs": {"BS": ["AA==", "AQ=="]}}
        """;
    Map<String, AttributeValue> item = DynamoDbReads.item(Json.MAPPER.readTree(json));
    assertEquals(
        Map.of(
            "s", AttributeValue.fromS("MEDICARE"),
            "n", AttributeValue.fromN("20.5998"),
            "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2})),
            "t", AttributeValue.fromBool(true),
            "z", AttributeValue.fromNul(true),
            "m",
                AttributeValue.fromM(
                    Map.of(
                        "inner",
                        AttributeValue.fromL(
                            List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1"))))),
            "ss", AttributeValue.fromSs(List.of("G89.29", "M54.50")),
            "ns", AttributeValue.fromNs(List.of("1", "2.5")),
            "bs",
                AttributeValue.fromBs(
                    List.of(
                        SdkBytes.fromByteArray(new byte[] {0}),
                        SdkBytes.fromByteArray(new byte[] {1})))),
        item);
    assertEquals(
        List.of("s", "n", "b", "t", "z", "m", "ss", "ns", "bs"), List.copyOf(item.keySet()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{\"X\": \"?\"}", "{\"S\": \"a\", \"N\": \"1\"}", "\"plain\""})
  void anythingElseIsRefused(String value) throws Exception {
    assertThrows(
        IllegalArgumentException.class, () -> DynamoDbReads.attribute(Json.MAPPER.readTree(value)));
  }

  static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
  static final String CORAL = "com.amazon.coral.service#";

  /**
   * The body column: a JSON error whose __type is "<D|C>:<name>" (DynamoDB's, Coral's), or text.
   */
  static byte[] body(String spec) {
    if (spec == null) {
      return new byte[0];
    }
    if (!spec.matches("[DC]:.*")) {
      return spec.getBytes(StandardCharsets.UTF_8);
    }
    String type = (spec.startsWith("D") ? DYNAMODB : CORAL) + spec.substring(2);
    return ("{\"__type\":\"" + type + "\",\"message\":\"why\"}").getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}, retry {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "400|D:ResourceNotFoundException|ResourceNotFoundException|false",
        "400|D:ProvisionedThroughputExceededException|ProvisionedThroughputExceededException|true",
        "400|C:ThrottlingException|ThrottlingException|true",
        "400|C:RequestLimitExceeded|RequestLimitExceeded|true",
        "400|C:ValidationException|ValidationException|false",
        "403|C:UnrecognizedClientException|UnrecognizedClientException|false",
        "500|C:InternalFailure|InternalFailure|true",
        "503|<html>Service Unavailable</html>|HTTP 503|true",
        "502||HTTP 502|true",
      })
  void anErrorAnswerIsNamedAndRetriedOnlyWhenThatCanHelp(
      int status, String body, String type, boolean retryable) {
    var failure = new DynamoDbReads.Answer(status, body(body), null).failure("Query");
    assertEquals(status, failure.status());
    assertEquals(type, failure.type());
    assertEquals(retryable, failure.retryable());
    assertEquals(type.equals("ResourceNotFoundException"), failure.tableMissing());
    assertTrue(failure.getMessage().startsWith("Query failed: " + type), failure.getMessage());
  }

  @Test
  void aResponseIsCheckedAgainstDynamoDbsCrc32() {
    byte[] body = "{\"Items\":[],\"Count\":0}".getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(body);
    assertTrue(new DynamoDbReads.Answer(200, body, Long.toString(crc.getValue())).intact());
    assertTrue(new DynamoDbReads.Answer(200, body, null).intact(), "no header, nothing to check");
    var damaged = new DynamoDbReads.Answer(200, body, Long.toString(crc.getValue() + 1));
    assertFalse(damaged.intact());
    assertEquals("Crc32Mismatch", damaged.failure("Query").type());
    assertTrue(damaged.failure("Query").retryable());
    assertEquals(null, damaged.page());
    assertEquals(0, new DynamoDbReads.Answer(200, body, null).page().path("Count").asInt(-1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"''", "<html>gateway</html>", "[1, 2]", "{\"Items\": [", "null"})
  void aSuccessThatIsNoJsonObjectIsRetried(String body) {
    var answer = new DynamoDbReads.Answer(200, body.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(null, answer.page());
    assertEquals("MalformedAnswer", answer.failure("Scan").type());
    assertTrue(answer.failure("Scan").retryable());
  }

  @Test
  void backoffIsJitteredWithinAGrowingCap() {
    for (int i = 0; i < 1000; i++) {
      assertTrue(DynamoDbReads.backoff(1, false) <= 50);
      assertTrue(DynamoDbReads.backoff(2, false) <= 100);
      assertTrue(DynamoDbReads.backoff(2, true) <= 1000);
      assertTrue(DynamoDbReads.backoff(30, true) <= 20_000);
    }
    // Full jitter: over many draws both small and large waits occur.
    long max = 0;
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 1000; i++) {
      long b = DynamoDbReads.backoff(2, true);
      max = Math.max(max, b);
      min = Math.min(min, b);
    }
    assertTrue(min < 200 && max > 800, min + ".." + max);
  }

  @ParameterizedTest
  @CsvSource({
    "us-east-1, https://dynamodb.us-east-1.amazonaws.com",
    "eu-central-1, https://dynamodb.eu-central-1.amazonaws.com",
    "us-gov-west-1, https://dynamodb.us-gov-west-1.amazonaws.com",
    "cn-north-1, https://dynamodb.cn-north-1.amazonaws.com.cn",
  })
  void withoutAnEndpointTheRegionsOwnIsUsed(String region, String endpoint) {
    assertEquals(URI.create(endpoint), DynamoDbReads.regionalEndpoint(region));
  }
}
