package com.claims01940.bench;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.json.Json;
import com.claims01940.local.CodeSetTable;
import com.claims01940.local.CountingHttpClient;
import com.claims01940.local.PolicyTable;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.reference.ReferenceFiles;
import com.claims01940.reference.ReferenceTable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB requests while one container validates 10,000 claims across the five payers and both
 * Medicare years, with the reference tables (ICD-10-CM, modifiers, base units, conversion factors)
 * read as the functions read them. With {@code ICD10CM_FULL=<an order file>} that whole file is
 * stored as each fiscal year FY2022-FY2026 in place of the shipped extracts: the size the table
 * reaches once CMS's full files are loaded for every year timely filing reaches back to.
 */
public final class DynamoDbReadsBench {
  private DynamoDbReadsBench() {}

  /**
   * The shipped tables, then a whole ICD-10-CM order file stored as each fiscal year FY2022-FY2026
   * in place of the extracts.
   */
  static void seedWithFullIcd10cm(CodeSetTable table, Path orderFile) throws java.io.IOException {
    table.createSeeded();
    byte[] bytes = Files.readAllBytes(orderFile);
    for (int year = 2022; year <= 2026; year++) {
      table.put(
          ReferenceFiles.parse(
              ReferenceTable.ICD10CM, orderFile.getFileName().toString(), bytes, year, List.of()),
          true);
    }
  }

  /** An item's size as DynamoDB counts it: names plus values (strings and binaries dominate). */
  static long itemBytes(Map<String, AttributeValue> item) {
    long n = 0;
    for (var e : item.entrySet()) {
      AttributeValue v = e.getValue();
      n += e.getKey().length();
      n += v.s() != null ? v.s().length() : v.b() != null ? v.b().asByteArray().length : 8;
    }
    return n;
  }

  public static void main(String[] args) throws Exception {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (DynaliteServer dynalite = DynaliteServer.start();
        var admin = DynamoDbClients.dynamoDb("us-east-1", dynalite.endpoint());
        var counter = new CountingHttpClient();
        var counted = CountingHttpClient.dynamoDb(counter, "us-east-1", dynalite.endpoint())) {
      new PolicyTable(admin, "policies").createSeeded();
      CodeSetTable codeSets = new CodeSetTable(admin, "codesets");
      String full = System.getenv("ICD10CM_FULL");
      if (full == null) {
        codeSets.createSeeded();
      } else {
        seedWithFullIcd10cm(codeSets, Path.of(full));
      }
      long stored =
          admin.scanPaginator(b -> b.tableName("codesets")).items().stream()
              .mapToLong(DynamoDbReadsBench::itemBytes)
              .sum();
      // As Wiring builds it in a function: both stores on one client, one cache period.
      ClaimValidator validator =
          new ClaimValidator(
              RuleEngine.standard(),
              new CachingPolicyStore(
                  new DynamoDbPolicyStore(counted, "policies"), Duration.ofSeconds(300)),
              new CachingReferenceStore(
                  new DynamoDbReferenceStore(counted, "codesets"),
                  Duration.ofSeconds(300),
                  e -> {
                    throw e;
                  }));
      List<String> payers = List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC");
      ObjectNode template = (ObjectNode) Json.MAPPER.readTree(Claims.cleanJson());
      long start = System.nanoTime();
      long firstClaim = 0;
      for (int i = 0; i < claims; i++) {
        if (i == 1) {
          firstClaim = System.nanoTime() - start;
        }
        ObjectNode c = template.deepCopy();
        c.put("claimId", "R-" + i);
        c.put("payerId", payers.get(i % payers.size()));
        c.put("dateOfService", i % 10 == 0 ? "2025-11-03" : "2026-03-14");
        validator.validate(Claims.parse(c.toString()), com.claims01940.rules.Scope.ALL);
      }
      System.out.printf(
          "%d claims across %d payers, reference tables loaded%s: %d DynamoDB requests (target <="
              + " 10), %.1f s; the first claim (tables read and decoded) %.0f ms; reference"
              + " tables stored: %.2f MB%n",
          claims,
          payers.size(),
          full == null ? "" : " (" + full + " as FY2022-FY2026)",
          counter.requests(),
          (System.nanoTime() - start) / 1e9,
          firstClaim / 1e6,
          stored / 1e6);
    }
  }
}
