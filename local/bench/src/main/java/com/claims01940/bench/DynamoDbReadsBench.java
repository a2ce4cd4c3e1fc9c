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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/**
 * DynamoDB requests while one container validates 10,000 claims across the five payers and both
 * Medicare years, with the reference tables (ICD-10-CM, modifiers, base units, conversion factors)
 * read as the functions read them.
 */
public final class DynamoDbReadsBench {
  private DynamoDbReadsBench() {}

  public static void main(String[] args) throws Exception {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (DynaliteServer dynalite = DynaliteServer.start();
        var admin = DynamoDbClients.dynamoDb("us-east-1", dynalite.endpoint());
        var counter = new CountingHttpClient();
        var counted = CountingHttpClient.dynamoDb(counter, "us-east-1", dynalite.endpoint())) {
      new PolicyTable(admin, "policies").createSeeded();
      new CodeSetTable(admin, "codesets").createSeeded();
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
      for (int i = 0; i < claims; i++) {
        ObjectNode c = template.deepCopy();
        c.put("claimId", "R-" + i);
        c.put("payerId", payers.get(i % payers.size()));
        c.put("dateOfService", i % 10 == 0 ? "2025-11-03" : "2026-03-14");
        validator.validate(Claims.parse(c.toString()), com.claims01940.rules.Scope.ALL);
      }
      System.out.printf(
          "%d claims across %d payers, reference tables loaded: %d DynamoDB requests (target <="
              + " 10), %.1f s%n",
          claims, payers.size(), counter.requests(), (System.nanoTime() - start) / 1e9);
    }
  }
}
