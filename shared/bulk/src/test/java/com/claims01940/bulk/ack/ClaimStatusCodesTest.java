package com.claims01940.bulk.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.engine.RuleCatalog;
import com.claims01940.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStatusCodesTest {
  final ClaimStatusCodes table = ClaimStatusCodes.shipped();

  @ParameterizedTest(name = "{0} -> {1}:{2}")
  @CsvSource({
    "COV-CLAIM-UNBALANCED, A7, 400, ''",
    "COV-DIAGNOSIS-MISSING, A6, 255, ''",
    "COV-DIAGNOSIS-REGION-MISMATCH, A8, 255, ''",
    "COV-PRIOR-AUTH-MISSING, A6, 252, PR",
    "COV-FREQUENCY-EXCEEDED, A3, 21, ''",
    "MOD-PRICING-MISSING, A6, 453, ''",
    "MOD-UNKNOWN, A7, 453, ''",
    "DOC-TIME-INVALID, A7, 251, ''",
    "DOC-CONSENT-MISSING, A6, 294, ''",
    "INVALID_RECORD, A3, 481, ''",
    "SOMETHING-NEW, A3, 21, ''"
  })
  void anExactRowWinsOverItsPrefixAndAnUnlistedCodeIsA3(
      String code, String category, String status, String entity) {
    ClaimStatusCodes.Status s = table.of(code);
    assertEquals(category, s.category());
    assertEquals(status, s.status());
    assertEquals(entity, s.entity());
  }

  @Test
  void everyCodeTheTableNamesIsInTheCatalogueAndEveryCatalogueCodeRejects() {
    Set<String> catalogue =
        RuleCatalog.describe().stream().map(RuleInfo::code).collect(Collectors.toSet());
    for (String code : table.exactCodes()) {
      assertTrue(
          code.equals("INVALID_RECORD") || catalogue.contains(code), "no such code: " + code);
    }
    for (String code : catalogue) {
      assertTrue(
          Set.of("A3", "A6", "A7", "A8").contains(table.of(code).category()),
          code + " must reject with A3, A6, A7 or A8");
    }
  }

  @Test
  void aStatusCodeWhoseUsageAsksForAnotherHasOne() {
    for (String code : Set.of("COV-FREQUENCY-EXCEEDED", "DOC-CONSENT-MISSING", "SOMETHING-NEW")) {
      assertTrue(!table.of(code).second().isEmpty(), code);
    }
  }
}
