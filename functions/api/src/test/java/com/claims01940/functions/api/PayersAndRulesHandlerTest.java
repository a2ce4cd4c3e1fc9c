package com.claims01940.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.http.HttpApiResponse;
import com.claims01940.http.testing.EventFixtures;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.testing.ReferenceFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayersAndRulesHandlerTest {
  private final PayersAndRulesHandler handler =
      new PayersAndRulesHandler(
          InMemoryPolicyStore.seeded(), ReferenceStore.of(ReferenceFixture.shipped()));

  HttpApiResponse invoke(String event) {
    return handler.handle(EventFixtures.apiEvent(event));
  }

  @Test
  void listsPayersWithRanges() {
    HttpApiResponse r = invoke("payers-list.json");
    assertEquals(200, r.statusCode());
    JsonNode payers = EventFixtures.body(r).path("payers");
    assertEquals(
        List.of("AETNA", "BCBS", "CIGNA", "MEDICARE", "UHC"), payers.findValuesAsText("payerId"));
    JsonNode medicare = payers.get(3).path("policies");
    assertEquals("2025-01-01", medicare.get(0).path("effectiveFrom").asText());
    assertEquals("2025-12-31", medicare.get(0).path("effectiveTo").asText());
    assertTrue(
        medicare.get(1).path("effectiveTo").isNull(),
        "Medicare's 2026 item is open-ended: prices come by calendar year");
    assertTrue(
        payers.get(0).path("policies").get(0).path("effectiveTo").isNull(), "an open end is null");
  }

  @Test
  void policyInForceOnTheDate() {
    HttpApiResponse r = invoke("payers-policy.json");
    assertEquals(200, r.statusCode());
    JsonNode policy = EventFixtures.body(r);
    assertEquals("2026.3", policy.path("version").asText());
    assertTrue(policy.path("parameters").path("conversionFactor").path("value").isNull());
    assertTrue(
        policy.path("parameters").path("conversionFactorByLocality").path("value").asBoolean(),
        "priced on the conversion-factor table of each year");
  }

  @Test
  void rulesCatalogue() {
    JsonNode rules = EventFixtures.body(invoke("rules-list.json")).path("rules");
    assertTrue(rules.size() >= 61);
    assertEquals("MOD-PRICING-MISSING", rules.get(0).path("code").asText());
    assertTrue(rules.get(0).path("references").get(0).path("url").asText().startsWith("http"));
  }

  @Test
  void listsTheReferenceTablesLoaded() {
    HttpApiResponse r = invoke("codesets-list.json");
    assertEquals(200, r.statusCode());
    JsonNode codesets = EventFixtures.body(r).path("codesets");
    assertEquals(12, codesets.size());
    JsonNode fy2026 = codesets.get(5);
    assertEquals("icd10cm", fy2026.path("name").asText());
    assertEquals("FY2026", fy2026.path("version").asText());
    assertEquals("2025-10-01", fy2026.path("effectiveFrom").asText());
    assertEquals("2026-09-30", fy2026.path("effectiveTo").asText());
    assertEquals("icd10cm_order_2026_extract.txt", fy2026.path("source").asText());
    assertEquals(817, fy2026.path("entries").asInt());
    assertEquals("M54", fy2026.path("categories").get(18).asText());
    assertEquals("EXTRACT", fy2026.path("coverage").asText());
    JsonNode fy2027 = codesets.get(6);
    assertEquals("FY2027", fy2027.path("version").asText());
    assertEquals("2026-10-01", fy2027.path("effectiveFrom").asText());
    assertEquals("EXTRACT", fy2027.path("coverage").asText());
    JsonNode factors = codesets.get(9);
    assertEquals("anesthesia-conversion-factors", factors.path("name").asText());
    assertEquals("2024-12-23", factors.path("released").asText());
    assertTrue(factors.path("categories").isMissingNode(), "only an extract has categories");
    assertTrue(factors.path("coverage").isMissingNode(), "coverage is ICD-10-CM's only");
    JsonNode national2026 = codesets.get(10);
    assertEquals("CY2026", national2026.path("version").asText());
    assertEquals("medicare-anesthesia-national-cf.csv", national2026.path("source").asText());
    assertEquals(0, national2026.path("entries").asInt(), "national factors, no localities");
    JsonNode through = EventFixtures.body(r).path("coveredThrough");
    assertEquals("2027-09-30", through.path("icd10cm").asText(), "FY2027 is the last loaded");
    assertEquals("2026-12-31", through.path("anesthesia-conversion-factors").asText());
    assertEquals("2022-12-31", through.path("anesthesia-base-units").asText());
    assertTrue(
        through.has("modifiers") && through.path("modifiers").isNull(),
        "the modifier table is open-ended");
    assertEquals("mac-jurisdictions", codesets.get(11).path("name").asText());
    assertEquals(55, codesets.get(11).path("entries").asInt(), "every contractor of CMS's file");
  }

  @Test
  void withNoTablesLoadedTheListIsEmpty() {
    var none =
        new PayersAndRulesHandler(
            InMemoryPolicyStore.seeded(), ReferenceStore.of(ReferenceData.EMPTY));
    JsonNode body = EventFixtures.body(none.handle(EventFixtures.apiEvent("codesets-list.json")));
    assertEquals(0, body.path("codesets").size());
    assertEquals(0, body.path("coveredThrough").size());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "payers-policy-not-found.json, 404",
    "payers-policy-bad-date.json, 400",
    "default-unknown-path.json, 404",
    "default-wrong-method.json, 405",
  })
  void problems(String event, int status) {
    HttpApiResponse r = invoke(event);
    assertEquals(status, r.statusCode());
    assertEquals("application/problem+json", r.headers().get("Content-Type"));
    assertEquals(status, EventFixtures.body(r).path("status").asInt());
  }

  @Test
  void wrongMethodNamesTheAllowedOne() {
    assertEquals("POST", invoke("default-wrong-method.json").headers().get("Allow"));
  }
}
