package com.claims01940.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParserTest {

  static ObjectNode medicare2026() {
    return (ObjectNode)
        SeedPolicies.documents().stream()
            .filter(
                d ->
                    d.path("payerId").asText().equals("MEDICARE")
                        && d.path("effectiveFrom").asText().equals("2026-01-01"))
            .findFirst()
            .orElseThrow()
            .deepCopy();
  }

  @Test
  void everySeedDocumentParses() {
    List<JsonNode> docs = SeedPolicies.documents();
    assertEquals(6, docs.size());
    docs.forEach(PolicyParser::parseForWrite);
  }

  /**
   * Before contract v1.2 a Medicare item carried its year's factors: such a stored item still reads
   * (deploying the code never makes one malformed), but a write of one is refused, naming both.
   */
  @Test
  void aMedicareFactorInTheItemIsReadButNotWritten() {
    ObjectNode doc = medicare2026();
    ObjectNode params = (ObjectNode) doc.path("parameters");
    ((ObjectNode) params.path("conversionFactor")).put("value", new BigDecimal("20.4976"));
    params.set(
        "qualifyingApmConversionFactor",
        Json.MAPPER.createObjectNode().put("value", 20.5998).put("verified", false));
    assertEquals(new BigDecimal("20.4976"), PolicyParser.parse(doc).conversionFactor().value());
    var e = assertThrows(PolicyFormatException.class, () -> PolicyParser.parseForWrite(doc));
    assertEquals(
        List.of("parameters.qualifyingApmConversionFactor", "parameters.conversionFactor.value"),
        e.problems().stream().map(PolicyFormatException.Problem::field).toList());
    assertTrue(e.problems().get(1).problem().contains("conversion-factor table"));
  }

  @Test
  void aContractRatePayerMayNameItsOwnFactor() {
    ObjectNode doc =
        (ObjectNode)
            SeedPolicies.documents().stream()
                .filter(d -> d.path("payerId").asText().equals("AETNA"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
    ((ObjectNode) doc.path("parameters").path("conversionFactor"))
        .put("value", new BigDecimal("65.00"));
    assertEquals(
        new BigDecimal("65.00"), PolicyParser.parseForWrite(doc).conversionFactor().value());
  }

  @Test
  void medicareValuesAndProvenance() {
    PayerPolicy p = PolicyParser.parse(medicare2026());
    assertNull(p.conversionFactor().value(), "Medicare's factors are in their own table");
    assertTrue(p.conversionFactorByLocality().value());
    assertTrue(p.conversionFactor().verified());
    assertFalse(p.facetCoveredDiagnoses().verified());
    assertFalse(p.conversionFactor().sources().isEmpty());
    assertFalse(p.verified(), "Medicare rests on some unverified values");
    assertEquals(List.of("19", "22"), p.priorAuthorization().value().placesOfService());
    assertEquals(LocalDate.of(2023, 7, 1), p.priorAuthorization().value().fromDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/parameters/baseUnits | field parameters.baseUnits is missing",
        "/parameters/baseUnits/value | field parameters.baseUnits.value is missing",
        "/parameters/baseUnits/verified | field parameters.baseUnits.verified must be true or false",
        "/effectiveFrom | field effectiveFrom is required",
        "/version | field version must be a string",
      })
  void missingFieldsAreNamed(String pointer, String expected) {
    ObjectNode doc = medicare2026();
    var ptr = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
    ((ObjectNode) doc.at(ptr.head())).remove(ptr.last().getMatchingProperty());
    var e = assertThrows(PolicyFormatException.class, () -> PolicyParser.parse(doc));
    assertEquals("MEDICARE", e.payerId());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "timeUnitMinutes | \"15\" | parameters.timeUnitMinutes.value",
        "pricingModifierPosition | \"FATAL\" | parameters.pricingModifierPosition.value",
        "placesOfService | \"24\" | parameters.placesOfService.value",
        "modifierPercent | {\"AA\":\"x\"} | parameters.modifierPercent.value.AA",
        "facetDiagnosticBlocks | {\"count\":2} | parameters.facetDiagnosticBlocks.value.minReliefPercent",
      })
  void mistypedValuesAreNamed(String param, String json, String field) throws Exception {
    ObjectNode doc = medicare2026();
    ((ObjectNode) doc.path("parameters").path(param)).set("value", Json.MAPPER.readTree(json));
    var e = assertThrows(PolicyFormatException.class, () -> PolicyParser.parse(doc));
    assertEquals(field, e.field());
  }

  @Test
  void everyProblemIsNamedInOneAnswer() throws Exception {
    ObjectNode doc = medicare2026();
    doc.put("effectiveTo", "2025-06-31");
    ((ObjectNode) doc.path("parameters").path("timeUnitMinutes")).put("value", "15");
    ((ObjectNode) doc.path("parameters").path("baseUnits")).remove("verified");
    ((ObjectNode) doc.path("parameters").path("placesOfService")).put("value", 24);
    var e = assertThrows(PolicyFormatException.class, () -> PolicyParser.parse(doc));
    assertEquals(
        List.of(
            "effectiveTo",
            "parameters.baseUnits.verified",
            "parameters.timeUnitMinutes.value",
            "parameters.placesOfService.value"),
        e.problems().stream().map(PolicyFormatException.Problem::field).toList());
  }

  @Test
  void aJurisdictionsProblemIsNamedByItsPathAndANationalOneOnce() throws Exception {
    ObjectNode doc = medicare2026();
    ObjectNode jk = (ObjectNode) doc.path("jurisdictions").path("JK");
    jk.putObject("anesthesiaTypesNotCovered").put("value", "GENERAL").put("verified", true);
    ((ObjectNode) doc.path("jurisdictions")).putObject("JX");
    var e = assertThrows(PolicyFormatException.class, () -> PolicyParser.parse(doc));
    assertEquals(
        List.of("jurisdictions.JK.anesthesiaTypesNotCovered.value", "jurisdictions.JX"),
        e.problems().stream().map(PolicyFormatException.Problem::field).toList());

    ObjectNode national = medicare2026();
    ((ObjectNode) national.path("parameters").path("timeUnitMinutes")).put("value", "x");
    var once = assertThrows(PolicyFormatException.class, () -> PolicyParser.parse(national));
    assertEquals(1, once.problems().size(), once.getMessage());
  }

  @Test
  void nullValueSwitchesARuleOff() throws Exception {
    ObjectNode doc = medicare2026();
    ((ObjectNode) doc.path("parameters").path("facetMaxLevelsPerSession")).putNull("value");
    assertFalse(PolicyParser.parse(doc).facetMaxLevelsPerSession().isSet());
  }

  @Test
  void resolutionPicksByDateOfService() {
    var store = InMemoryPolicyStore.seeded();
    assertEquals("2025.2", found(store, "MEDICARE", "2025-12-31").version());
    assertEquals("2026.3", found(store, "medicare", "2026-01-01").version());
    assertEquals("2025.2", found(store, "MEDICARE", "2025-01-01").version());
    assertInstanceOf(
        PolicyResolution.NoPolicyForDate.class,
        store.resolve("MEDICARE", LocalDate.parse("2024-12-31")));
    // Medicare's 2026 item is open-ended (its rules run on); prices come by calendar year, so a
    // 2027 claim finds the item and is not priced on 2026's factor (PaymentCalculatorTest).
    assertEquals("2026.3", found(store, "MEDICARE", "2027-01-01").version());
    assertInstanceOf(
        PolicyResolution.NoPolicyForDate.class,
        store.resolve("AETNA", LocalDate.parse("2025-12-31")));
    assertEquals("2026.2", found(store, "AETNA", "2026-01-01").version());
    assertInstanceOf(
        PolicyResolution.UnknownPayer.class, store.resolve("ACME", LocalDate.parse("2026-01-01")));
  }

  @Test
  void aGapAfterEffectiveToIsNoPolicy() {
    ObjectNode closed = medicare2026();
    closed.put("effectiveTo", "2026-06-30");
    var store = new InMemoryPolicyStore(List.of(closed));
    assertEquals("2026.3", found(store, "MEDICARE", "2026-06-30").version());
    assertInstanceOf(
        PolicyResolution.NoPolicyForDate.class,
        store.resolve("MEDICARE", LocalDate.parse("2026-07-01")));
  }

  @Test
  void payersListsRanges() {
    var payers = InMemoryPolicyStore.seeded().payers();
    assertEquals(
        List.of("AETNA", "BCBS", "CIGNA", "MEDICARE", "UHC"),
        payers.stream().map(PayerSummary::payerId).toList());
    var medicare = payers.get(3);
    assertEquals(2, medicare.policies().size());
    assertEquals(LocalDate.parse("2025-12-31"), medicare.policies().get(0).effectiveTo());
  }

  static PayerPolicy found(PolicyStore store, String payer, String date) {
    return assertInstanceOf(
            PolicyResolution.Found.class, store.resolve(payer, LocalDate.parse(date)))
        .policy();
  }
}
