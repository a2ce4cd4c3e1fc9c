package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.Claim;
import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.reference.ShippedReferenceData;
import com.claims01940.rules.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB policy store against a real local DynamoDB API (LocalStack if Docker, else
 * dynalite).
 */
class DynamoDbPolicyStoreIT {
  static final String TABLE = "policies-it";
  static LocalEndpoint server;
  static DynamoDbClient client;
  static DynamoDbClient reads;

  @BeforeAll
  static void seed() {
    server = LocalAws.dynamoDb();
    client = DynamoDbClients.dynamoDb("us-east-1", server.endpoint());
    reads = DynamoDbClients.dynamoDb("us-east-1", server.endpoint());
    new PolicyTable(client, TABLE).createSeeded();
  }

  @AfterAll
  static void stop() {
    client.close();
    reads.close();
    server.close();
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "MEDICARE, 2024-12-31, none",
    "MEDICARE, 2025-01-01, 2025.2",
    "MEDICARE, 2025-01-02, 2025.2",
    "MEDICARE, 2025-12-30, 2025.2",
    "MEDICARE, 2025-12-31, 2025.2",
    "MEDICARE, 2026-01-01, 2026.3",
    "MEDICARE, 2026-01-02, 2026.3",
    "medicare, 2026-12-31, 2026.3",
    "MEDICARE, 2027-01-01, 2026.3",
    "AETNA, 2025-12-31, none",
    "AETNA, 2026-01-01, 2026.2",
    "BCBS, 2026-01-02, 2026.2",
    "CIGNA, 2026-01-01, 2026.2",
    "UHC, 2026-01-01, 2026.2",
  })
  void policyInForceByDate(String payer, String date, String version) {
    var store = new DynamoDbPolicyStore(reads, TABLE);
    PolicyResolution r = store.resolve(payer, LocalDate.parse(date));
    if (version.equals("none")) {
      assertInstanceOf(PolicyResolution.NoPolicyForDate.class, r);
    } else {
      assertEquals(version, assertInstanceOf(PolicyResolution.Found.class, r).policy().version());
    }
  }

  @Test
  void unknownPayer() {
    assertInstanceOf(
        PolicyResolution.UnknownPayer.class,
        new DynamoDbPolicyStore(reads, TABLE).resolve("ACME", LocalDate.parse("2026-01-01")));
  }

  @Test
  void payerList() {
    var payers = new DynamoDbPolicyStore(reads, TABLE).payers();
    assertEquals(
        List.of("AETNA", "BCBS", "CIGNA", "MEDICARE", "UHC"),
        payers.stream().map(p -> p.payerId()).toList());
    assertEquals(LocalDate.parse("2025-12-31"), payers.get(3).policies().get(0).effectiveTo());
  }

  @Test
  void cachedLookupsHitDynamoDbOncePerPayerWithinTtl() {
    try (var counter = new CountingHttpClient();
        var counted = CountingHttpClient.dynamoDb(counter, "us-east-1", server.endpoint())) {
      var store =
          new CachingPolicyStore(new DynamoDbPolicyStore(counted, TABLE), Duration.ofSeconds(300));
      for (int i = 0; i < 50; i++) {
        for (String payer : List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC", "ACME")) {
          store.resolve(payer, LocalDate.parse(i % 2 == 0 ? "2025-06-01" : "2026-06-01"));
        }
      }
      assertEquals(6, counter.requests(), "one Query per payer, unknown payer included");
    }
  }

  @Test
  void anIndependentEditChangesTheCoverageResult() throws Exception {
    var store = new CachingPolicyStore(new DynamoDbPolicyStore(reads, TABLE), Duration.ZERO);
    var validator = new ClaimValidator(RuleEngine.standard(), store);
    Claim claim = cleanClaim("CIGNA");
    assertTrue(
        codes(validator, claim).isEmpty()
            || !codes(validator, claim).contains("COV-POS-NOT-COVERED"));
    // A second, independent client edits one value in place, as `aws dynamodb update-item` would.
    try (var other = DynamoDbClients.dynamoDb("us-east-1", server.endpoint())) {
      setCignaPlacesOfService(other, List.of("22"));
      assertTrue(codes(validator, claim).contains("COV-POS-NOT-COVERED"));
      setCignaPlacesOfService(other, List.of("19", "21", "22", "24"));
    }
    assertTrue(!codes(validator, claim).contains("COV-POS-NOT-COVERED"));
  }

  /**
   * Per-jurisdiction values are data (issue 25): NGS's "no general anesthesia for facet work" for a
   * Manhattan claim, edited in place in the stored Medicare item, changes the answer with no
   * deploy.
   */
  @Test
  void aJurisdictionsValueEditedInDynamoDbChangesTheAnswer() throws Exception {
    var store = new CachingPolicyStore(new DynamoDbPolicyStore(reads, TABLE), Duration.ZERO);
    var validator =
        new ClaimValidator(
            RuleEngine.standard(),
            store,
            ReferenceStore.of(ShippedReferenceData.data(Path.of("..", "refdata"))));
    String json =
        Files.readString(Path.of("../shared/domain/src/test/resources/claims/clean-claim.json"))
            .replace("\"type\": \"MAC\"", "\"type\": \"GENERAL\"")
            .replaceFirst(
                "\\{", "{\"pricingLocality\": {\"contractor\": \"13202\", \"locality\": \"01\"},");
    Claim manhattan = ((ClaimReadResult.Valid) ClaimReader.read(json.getBytes())).claim();
    String code = "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY";
    assertTrue(codes(validator, manhattan).contains(code), "NGS (JK): not for general anesthesia");
    try (var other = DynamoDbClients.dynamoDb("us-east-1", server.endpoint())) {
      setJkTypesNotCovered(other, List.of());
      assertFalse(codes(validator, manhattan).contains(code), "the edited value applies");
      setJkTypesNotCovered(other, List.of("GENERAL"));
    }
    assertTrue(codes(validator, manhattan).contains(code));
  }

  static void setJkTypesNotCovered(DynamoDbClient other, List<String> types) {
    other.updateItem(
        b ->
            b.tableName(TABLE)
                .key(
                    Map.of(
                        "payerId",
                        AttributeValue.fromS("MEDICARE"),
                        "effectiveFrom",
                        AttributeValue.fromS("2026-01-01")))
                .updateExpression("SET #j.JK.anesthesiaTypesNotCovered.#v = :v")
                .expressionAttributeNames(Map.of("#j", "jurisdictions", "#v", "value"))
                .expressionAttributeValues(
                    Map.of(
                        ":v",
                        AttributeValue.fromL(types.stream().map(AttributeValue::fromS).toList()))));
  }

  /** One value edited in place, as `aws dynamodb update-item` would. */
  static void setCignaPlacesOfService(DynamoDbClient other, List<String> codes) {
    other.updateItem(
        b ->
            b.tableName(TABLE)
                .key(
                    Map.of(
                        "payerId",
                        AttributeValue.fromS("CIGNA"),
                        "effectiveFrom",
                        AttributeValue.fromS("2026-01-01")))
                .updateExpression("SET #params.placesOfService.#v = :v")
                .expressionAttributeNames(Map.of("#params", "parameters", "#v", "value"))
                .expressionAttributeValues(
                    Map.of(
                        ":v",
                        AttributeValue.fromL(codes.stream().map(AttributeValue::fromS).toList()))));
  }

  @Test
  void malformedItemNamesPayerAndField() {
    client.putItem(
        b ->
            b.tableName(TABLE)
                .item(
                    Map.of(
                        "payerId",
                        AttributeValue.fromS("BROKEN"),
                        "effectiveFrom",
                        AttributeValue.fromS("2026-01-01"),
                        "version",
                        AttributeValue.fromS("1"),
                        "revision",
                        AttributeValue.fromN("1"),
                        "parameters",
                        AttributeValue.fromM(
                            Map.of(
                                "baseUnits",
                                AttributeValue.fromM(
                                    Map.of(
                                        "value",
                                        AttributeValue.fromS("four"),
                                        "verified",
                                        AttributeValue.fromBool(true),
                                        "sources",
                                        AttributeValue.fromL(List.of()))))))));
    var e =
        assertThrows(
            PolicyFormatException.class,
            () -> new DynamoDbPolicyStore(reads, TABLE).versions("BROKEN"));
    assertEquals("BROKEN", e.payerId());
    assertEquals("parameters.baseUnits.value", e.field());
    client.deleteItem(
        b ->
            b.tableName(TABLE)
                .key(
                    Map.of(
                        "payerId",
                        AttributeValue.fromS("BROKEN"),
                        "effectiveFrom",
                        AttributeValue.fromS("2026-01-01"))));
  }

  @Test
  void missingTableIsUnavailable() {
    var e =
        assertThrows(
            PolicyStoreUnavailableException.class,
            () -> new DynamoDbPolicyStore(reads, "no-such-table").versions("MEDICARE"));
    assertTrue(e.getMessage().contains("no-such-table does not exist"), e.getMessage());
  }

  @Test
  void endpointDownIsUnavailable() {
    try (var own = DynaliteServer.start();
        var c = DynamoDbClients.dynamoDb("us-east-1", own.endpoint())) {
      var store = new DynamoDbPolicyStore(c, TABLE);
      own.close();
      var e = assertThrows(PolicyStoreUnavailableException.class, () -> store.versions("MEDICARE"));
      assertTrue(e.getMessage().startsWith("policy store unavailable"), e.getMessage());
    }
  }

  static Claim cleanClaim(String payer) throws Exception {
    String json =
        Files.readString(Path.of("../shared/domain/src/test/resources/claims/clean-claim.json"))
            .replace("\"MEDICARE\"", "\"" + payer + "\"");
    return ((ClaimReadResult.Valid) ClaimReader.read(json.getBytes())).claim();
  }

  static List<String> codes(ClaimValidator validator, Claim claim) {
    return validator.validate(claim, Scope.COVERAGE).findings().stream()
        .map(f -> f.code())
        .toList();
  }
}
