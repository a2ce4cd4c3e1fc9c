package com.claims01940.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyPeriodsTest {
  static PayerPolicy item(String payer, String from, String to) {
    ObjectNode doc = (ObjectNode) SeedPolicies.documents().get(0).deepCopy();
    doc.put("payerId", payer);
    doc.put("effectiveFrom", from);
    if (to.isEmpty()) {
      doc.putNull("effectiveTo");
    } else {
      doc.put("effectiveTo", to);
    }
    return PolicyParser.parse(doc);
  }

  @org.junit.jupiter.api.Test
  void theSeedHasNoOverlap() {
    assertEquals(
        Optional.empty(),
        PolicyPeriods.overlap(SeedPolicies.documents().stream().map(PolicyParser::parse).toList()));
  }

  @ParameterizedTest(name = "{0}..{1} and {2}..{3} of {4}: {5}")
  @CsvSource({
    "2025-01-01, 2025-12-31, 2026-01-01, 2026-12-31, MEDICARE, none",
    "2025-01-01, 2025-12-31, 2025-12-31, 2026-12-31, MEDICARE,"
        + " MEDICARE 2025-01-01 to 2025-12-31 overlaps MEDICARE 2025-12-31 to 2026-12-31",
    "2025-01-01, ''        , 2026-01-01, 2026-12-31, MEDICARE,"
        + " MEDICARE 2025-01-01 to (open) overlaps MEDICARE 2026-01-01 to 2026-12-31",
    "2025-01-01, ''        , 2025-01-01, 2026-12-31, MEDICARE, none",
    "2025-01-01, ''        , 2026-01-01, ''        , AETNA   , none",
  })
  void overlaps(
      String fromA, String toA, String fromB, String toB, String payerB, String expected) {
    Optional<String> found =
        PolicyPeriods.overlap(List.of(item("MEDICARE", fromA, toA), item(payerB, fromB, toB)));
    assertEquals(expected.equals("none") ? Optional.empty() : Optional.of(expected), found);
  }
}
