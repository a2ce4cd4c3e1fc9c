package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.policy.SeedPolicies;
import com.claims01940.runtime.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader CLI: idempotent seeding, the older-over-newer guard, export round trip. */
class PolicyLoaderIT {
  static LocalEndpoint server;
  static int tables;

  @BeforeAll
  static void start() {
    server = LocalAws.dynamoDb();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Settings settings() {
    return Settings.from(
        Map.of(
            Settings.POLICY_TABLE,
            "loader-it-" + (++tables),
            Settings.DYNAMODB_ENDPOINT,
            server.endpoint().toString(),
            Settings.POLICY_CACHE_TTL_SECONDS,
            "0"));
  }

  static int run(Settings s, String... args) {
    return PolicyLoaderCli.run(
        args,
        s,
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void seedingTwiceChangesNothing(@TempDir Path dir) throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "seed", "--create-table"));
    assertEquals(0, run(s, "export", "--to", dir.resolve("a").toString()));
    assertEquals(0, run(s, "seed", "--create-table"));
    assertEquals(0, run(s, "export", "--to", dir.resolve("b").toString()));
    for (String f :
        List.of(
            "medicare-2025-01-01.json",
            "medicare-2026-01-01.json",
            "uhc-2026-01-01.json",
            "index.txt")) {
      assertEquals(
          Files.readString(dir.resolve("a").resolve(f)),
          Files.readString(dir.resolve("b").resolve(f)),
          f);
    }
  }

  @Test
  void aDryRunChecksEverythingAndWritesNothing() throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "seed", "--create-table", "--dry-run"));
    try (var c = DynamoDbClients.dynamoDb(s)) {
      assertEquals(0, new PolicyTable(c, s.policyTable()).export().size(), "nothing written");
      assertEquals(0, run(s, "seed"));
      ObjectNode older = (ObjectNode) SeedPolicies.documents().get(0).deepCopy();
      new PolicyTable(c, s.policyTable()).put(older.put("revision", 99), true);
      assertEquals(1, run(s, "seed", "--dry-run"), "the stored revision 99 would be kept");
      assertEquals(
          99,
          new PolicyTable(c, s.policyTable())
              .revision(older.path("payerId").asText(), older.path("effectiveFrom").asText()));
      assertEquals(0, run(s, "seed", "--dry-run", "--force"), "forced, it would be written");
    }
  }

  @Test
  void exportRoundTripsTheSeed(@TempDir Path dir) throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "seed", "--create-table"));
    assertEquals(0, run(s, "export", "--to", dir.toString()));
    List<JsonNode> exported = new ArrayList<>(PolicyLoaderCli.documents(dir.toString()));
    List<JsonNode> seed = new ArrayList<>(SeedPolicies.documents());
    assertEquals(seed.size(), exported.size());
    for (JsonNode doc : seed) {
      assertEquals(
          1,
          exported.stream().filter(doc::equals).count(),
          "exported copy of " + doc.path("payerId"));
    }
    // and the exported folder seeds a fresh table to the same content
    Settings fresh = settings();
    assertEquals(0, run(fresh, "seed", "--create-table", "--from", dir.toString()));
    try (var c = DynamoDbClients.dynamoDb(fresh)) {
      assertEquals(exported.size(), new PolicyTable(c, fresh.policyTable()).export().size());
    }
  }

  @Test
  void anOlderSeedDoesNotOverwriteANewerRevisionUnlessForced() throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "seed", "--create-table"));
    try (var c = DynamoDbClients.dynamoDb(s)) {
      PolicyTable table = new PolicyTable(c, s.policyTable());
      ObjectNode edited =
          (ObjectNode)
              SeedPolicies.documents().stream()
                  .filter(
                      d ->
                          d.path("payerId").asText().equals("MEDICARE")
                              && d.path("effectiveFrom").asText().equals("2026-01-01"))
                  .findFirst()
                  .orElseThrow()
                  .deepCopy();
      long seeded = edited.path("revision").asLong();
      edited.put("revision", seeded + 1);
      ((ObjectNode) edited.path("parameters").path("timeUnitMinutes")).put("value", 10);
      assertEquals(PolicyTable.Outcome.WRITTEN, table.put(edited, false));

      assertEquals(1, run(s, "seed"), "seed reports the item it kept");
      assertEquals(seeded + 1, table.revision("MEDICARE", "2026-01-01"));
      assertEquals(10, timeUnitMinutes(table));

      assertEquals(0, run(s, "seed", "--force"));
      assertEquals(seeded, table.revision("MEDICARE", "2026-01-01"));
      assertEquals(15, timeUnitMinutes(table));
    }
  }

  static ObjectNode medicare(String from, String to) {
    ObjectNode doc =
        (ObjectNode)
            SeedPolicies.documents().stream()
                .filter(
                    d ->
                        d.path("payerId").asText().equals("MEDICARE")
                            && d.path("effectiveFrom").asText().equals("2026-01-01"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
    doc.put("effectiveFrom", from);
    doc.put("effectiveTo", to);
    return doc;
  }

  @Test
  void anItemOverlappingAStoredItemOfThePayerIsRefusedAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "seed", "--create-table"));
    Path batch = Files.createDirectories(dir.resolve("batch"));
    // 2024 is fine on its own; 2025-07-01 overlaps the stored 2025 item (2025-01-01 to 2025-12-31).
    Files.writeString(
        batch.resolve("a-2024.json"), medicare("2024-01-01", "2024-12-31").toString());
    Files.writeString(
        batch.resolve("b-2025-07.json"), medicare("2025-07-01", "2025-12-31").toString());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PolicyLoaderCli.run(
            new String[] {"seed", "--from", batch.toString()},
            s,
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));
    assertEquals(3, code);
    assertTrue(
        err.toString().contains("MEDICARE 2025-01-01 to 2025-12-31 overlaps MEDICARE 2025-07-01"),
        err.toString());
    try (var c = DynamoDbClients.dynamoDb(s)) {
      assertEquals(
          SeedPolicies.documents().size(),
          new PolicyTable(c, s.policyTable()).export().size(),
          "nothing written");
    }
  }

  /**
   * Medicare's factors are in the conversion-factor table (contract v1.2): an item naming one is
   * refused whole.
   */
  @Test
  void aMedicareItemWithAConversionFactorIsRefusedAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "create-table"));
    ObjectNode doc = medicare("2027-01-01", null);
    ((ObjectNode) doc.path("parameters").path("conversionFactor")).put("value", 20.9);
    Files.writeString(dir.resolve("a.json"), doc.toString());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PolicyLoaderCli.run(
            new String[] {"seed", "--from", dir.toString()},
            s,
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));
    assertEquals(4, code);
    assertTrue(
        err.toString().contains("field parameters.conversionFactor.value must be null"),
        err.toString());
    try (var c = DynamoDbClients.dynamoDb(s)) {
      assertEquals(0, new PolicyTable(c, s.policyTable()).export().size(), "nothing written");
    }
  }

  @Test
  void itemsOfOneLoadThatOverlapEachOtherAreRefused(@TempDir Path dir) throws Exception {
    Settings s = settings();
    assertEquals(0, run(s, "create-table"));
    Files.writeString(dir.resolve("a.json"), medicare("2027-01-01", null).toString());
    Files.writeString(dir.resolve("b.json"), medicare("2028-01-01", "2028-12-31").toString());
    assertEquals(3, run(s, "seed", "--from", dir.toString()));
    Files.writeString(dir.resolve("a.json"), medicare("2027-01-01", "2027-12-31").toString());
    assertEquals(
        0,
        run(s, "seed", "--from", dir.toString()),
        "the day after an item's end may start the next");
  }

  @Test
  void usageErrors() {
    assertEquals(2, run(settings()));
    assertEquals(2, run(settings(), "export"));
    assertEquals(2, run(settings(), "frobnicate"));
  }

  static int timeUnitMinutes(PolicyTable table) {
    return table.export().stream()
        .filter(
            d ->
                d.path("payerId").asText().equals("MEDICARE")
                    && d.path("effectiveFrom").asText().equals("2026-01-01"))
        .findFirst()
        .orElseThrow()
        .path("parameters")
        .path("timeUnitMinutes")
        .path("value")
        .asInt();
  }
}
