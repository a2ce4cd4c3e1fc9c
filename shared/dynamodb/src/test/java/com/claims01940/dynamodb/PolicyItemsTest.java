package com.claims01940.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.claims01940.policy.SeedPolicies;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PolicyItemsTest {

  @Test
  void everySeedDocumentRoundTripsThroughAnItem() {
    for (var doc : SeedPolicies.documents()) {
      assertEquals(
          doc, PolicyItems.toDocument(PolicyItems.toItem(doc)), doc.path("payerId").asText());
    }
  }

  static com.fasterxml.jackson.databind.JsonNode medicare(String effectiveFrom) {
    return SeedPolicies.documents().stream()
        .filter(
            d ->
                d.path("payerId").asText().equals("MEDICARE")
                    && d.path("effectiveFrom").asText().equals(effectiveFrom))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void itemsAreReadableMapsWithOpenEndAbsent() {
    var medicare2026 = medicare("2026-01-01");
    var item = PolicyItems.toItem(medicare2026);
    var medicare2025 = medicare("2025-01-01");
    assertEquals(
        AttributeValue.fromS("2025-12-31"), PolicyItems.toItem(medicare2025).get("effectiveTo"));
    assertFalse(item.containsKey("effectiveTo"), "Medicare's 2026 item is open-ended");
    var aetna =
        SeedPolicies.documents().stream()
            .filter(d -> d.path("payerId").asText().equals("AETNA"))
            .findFirst()
            .orElseThrow();
    assertFalse(
        PolicyItems.toItem(aetna).containsKey("effectiveTo"), "an open end is absent, not null");
    var parameters = item.get("parameters").m();
    assertEquals("15", parameters.get("timeUnitMinutes").m().get("value").n());
    assertEquals(
        AttributeValue.fromNul(true),
        parameters.get("conversionFactor").m().get("value"),
        "Medicare's factors are in the conversion-factor table: a null stays a null");
    assertEquals(
        AttributeValue.fromBool(true),
        item.get("parameters").m().get("conversionFactor").m().get("verified"));
    assertEquals(
        AttributeValue.fromS("19"),
        item.get("parameters").m().get("placesOfService").m().get("value").l().get(0));
  }
}
