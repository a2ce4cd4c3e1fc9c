package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, policy writes on the local stack with its authorizer on (contract v1.2 "Policy
 * writes"): the "done when" in order — staff may not write, a lead creates an item, must
 * name the revision to replace it, is refused a stale one and a malformed document (nothing
 * changes), replaces it, and the next claim follows the new value; the history names the lead and
 * the fields changed. A payer of its own, so the seeded payers other tests read stay as they are.
 * Every answer is checked against functions/openapi.yaml.
 */
class PolicyEditIT {
  static final String PAYER = "EDITIT";
  static final String ITEM = "/v1/payers/" + PAYER + "/policies/2026-01-01";
  static String staff;
  static String lead;

  @BeforeAll
  static void tokens() {
    staff = SharedStack.get().token(LocalAuth.Role.STAFF);
    lead = SharedStack.get().token(LocalAuth.Role.LEAD);
  }

  static HttpResponse<String> send(
      String method, String path, String token, String body, String ifMatch) throws Exception {
    HttpResponse<String> r = SharedStack.send(method, path, token, body, ifMatch);
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    assertEquals(List.of(), OpenApiContract.problems(method, bare, r), method + " " + path);
    assertTrue(r.statusCode() < 500, r.body());
    return r;
  }

  /** Aetna's 2026 document as a payer of the test's own, with place of service 22 only. */
  static ObjectNode document(String payer, String effectiveFrom, boolean posVerified)
      throws Exception {
    HttpResponse<String> aetna =
        send("GET", "/v1/payers/AETNA/policy?dateOfService=2026-03-14", staff, null, null);
    assertEquals(200, aetna.statusCode(), aetna.body());
    assertEquals(
        "\"" + Json.MAPPER.readTree(aetna.body()).path("revision").asLong() + "\"",
        aetna.headers().firstValue("ETag").orElse(null));
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(aetna.body());
    doc.put("payerId", payer).put("payerName", "Test payer " + payer);
    doc.put("effectiveFrom", effectiveFrom);
    ObjectNode pos = (ObjectNode) doc.path("parameters").path("placesOfService");
    pos.set("value", Json.MAPPER.createArrayNode().add("22"));
    pos.put("verified", posVerified);
    return doc;
  }

  /**
   * The clean claim, for this payer: place of service 24 (an ASC), which the item does not list.
   */
  static JsonNode validate() throws Exception {
    ObjectNode claim =
        (ObjectNode)
            Json.MAPPER.readTree(
                Files.readString(
                    Path.of("../shared/domain/src/test/resources/claims/clean-claim.json")));
    claim.put("payerId", PAYER);
    HttpResponse<String> r = send("POST", "/v1/claims/validate", staff, claim.toString(), null);
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  static String posSeverity(JsonNode result) {
    for (JsonNode f : result.path("findings")) {
      if (f.path("code").asText().equals("COV-POS-NOT-COVERED")) {
        return f.path("severity").asText();
      }
    }
    return "none";
  }

  @Test
  void aLeadEditsAPolicyAndTheNextClaimFollowsIt() throws Exception {
    String created = document(PAYER, "2026-01-01", false).toString();
    assertEquals(401, send("PUT", ITEM, null, created, null).statusCode());
    HttpResponse<String> forbidden = send("PUT", ITEM, staff, created, null);
    assertEquals(403, forbidden.statusCode());
    assertTrue(forbidden.body().contains("policies.write"), forbidden.body());

    HttpResponse<String> create = send("PUT", ITEM, lead, created, null);
    assertEquals(201, create.statusCode(), create.body());
    assertEquals("\"1\"", create.headers().firstValue("ETag").orElse(null));
    assertEquals("WARNING", posSeverity(validate()), "an unverified value never makes an ERROR");

    assertEquals(428, send("PUT", ITEM, lead, created, null).statusCode());

    ObjectNode malformed = document(PAYER, "2026-01-01", true);
    ((ObjectNode) malformed.path("parameters").path("timelyFilingDays")).put("value", "ninety");
    ((ObjectNode) malformed.path("parameters").path("baseUnits")).remove("verified");
    HttpResponse<String> bad = send("PUT", ITEM, lead, malformed.toString(), "\"1\"");
    assertEquals(400, bad.statusCode(), bad.body());
    List<String> fields = new ArrayList<>();
    Json.MAPPER
        .readTree(bad.body())
        .path("errors")
        .forEach(e -> fields.add(e.path("field").asText()));
    assertEquals(
        List.of("/parameters/baseUnits/verified", "/parameters/timelyFilingDays/value"),
        fields.stream().sorted().toList());
    assertEquals("WARNING", posSeverity(validate()), "nothing was written");

    String verified = document(PAYER, "2026-01-01", true).toString();
    HttpResponse<String> replaced = send("PUT", ITEM, lead, verified, "\"1\"");
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertEquals("\"2\"", replaced.headers().firstValue("ETag").orElse(null));
    assertEquals("ERROR", posSeverity(validate()), "the next claim follows the verified value");

    assertEquals(412, send("PUT", ITEM, lead, verified, "\"1\"").statusCode());

    String overlapping = document(PAYER, "2026-06-01", true).toString();
    HttpResponse<String> overlap =
        send("PUT", "/v1/payers/" + PAYER + "/policies/2026-06-01", lead, overlapping, null);
    assertEquals(409, overlap.statusCode(), overlap.body());

    HttpResponse<String> history = send("GET", ITEM + "/history", staff, null, null);
    assertEquals(200, history.statusCode(), history.body());
    ArrayNode revisions = (ArrayNode) Json.MAPPER.readTree(history.body()).path("revisions");
    assertEquals(2, revisions.size(), history.body());
    assertEquals("lead-user", revisions.get(1).path("changedBy").asText());
    assertTrue(revisions.get(0).path("created").asBoolean());
    JsonNode change = revisions.get(1).path("changes").get(0);
    assertEquals("placesOfService", change.path("field").asText(), history.body());
    assertEquals(false, change.path("old").path("verified").asBoolean());
    assertEquals(true, change.path("new").path("verified").asBoolean());
  }

  @Test
  void aHistoryOfNothingIsNotFoundAndABodyThatIsNotJsonIsABadRequest() throws Exception {
    assertEquals(
        404,
        send("GET", "/v1/payers/NOPE/policies/2026-01-01/history", staff, null, null).statusCode());
    HttpResponse<String> notJson =
        send("PUT", "/v1/payers/NOPE/policies/2026-01-01", lead, "{not json", null);
    assertEquals(400, notJson.statusCode(), notJson.body());
  }
}
