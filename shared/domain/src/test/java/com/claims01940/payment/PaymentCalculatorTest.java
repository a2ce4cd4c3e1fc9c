package com.claims01940.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.testing.ClaimFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentCalculatorTest {
  private static final CodeSets CODES = CodeSets.load();
  private static final InMemoryPolicyStore STORE = InMemoryPolicyStore.seeded();

  static PaymentEstimate estimate(Claim claim) {
    PayerPolicy policy =
        ((PolicyResolution.Found) STORE.resolve(claim.payerId(), claim.dateOfService())).policy();
    return PaymentCalculator.estimate(claim, policy, CODES);
  }

  @ParameterizedTest(name = "{0} {1} {2} min induction={3} -> {4}")
  @CsvSource({
    // the worked checks
    "2026-03-14, AA, 47, true, 145.53",
    "2026-03-14, QK, 47, true, 72.77",
    "2026-03-14, AD, 47, true, 81.99",
    "2025-11-03, AA, 47, true, 144.26",
    // AD without presence at induction: 3 units only
    "2026-03-14, AD, 47, false, 61.49",
    // 15-minute rounding to one decimal: 7 min -> 0.5 (0.4666..), 8 min -> 0.5 (0.5333..), 2 min ->
    // 0.1
    "2026-03-14, AA, 7, true, 92.24",
    "2026-03-14, AA, 8, true, 92.24",
    "2026-03-14, AA, 2, true, 84.04",
    // policy boundary: 2025-12-31 uses the 2025 factor, 2026-01-01 the 2026 one
    "2025-12-31, AA, 47, true, 144.26",
    "2026-01-01, AA, 47, true, 145.53",
  })
  void medicareEstimates(
      String dos, String pricing, int minutes, boolean induction, String expected) {
    Claim claim =
        ClaimFixture.clean()
            .set("/dateOfService", "\"" + dos + "\"")
            .set("/anesthesia/modifiers", "[\"" + pricing + "\",\"P3\"]")
            .set("/anesthesia/minutes", Integer.toString(minutes))
            .set("/anesthesia/presentAtInduction", Boolean.toString(induction))
            .claim();
    assertEquals(new BigDecimal(expected), estimate(claim).estimatedAllowed());
  }

  @Test
  void timeUnitsAndUnitsAreReported() {
    PaymentEstimate p = estimate(ClaimFixture.clean().claim());
    assertEquals(4, p.baseUnits());
    assertEquals(new BigDecimal("3.1"), p.timeUnits());
    assertEquals(0, p.modifierUnits());
    assertEquals(new BigDecimal("20.4976"), p.conversionFactor());
    assertEquals(100, p.modifierPercent());
    assertEquals("USD", p.currency());
  }

  @Test
  void adHasNoTimeUnits() {
    PaymentEstimate p =
        estimate(ClaimFixture.clean().set("/anesthesia/modifiers", "[\"AD\"]").claim());
    assertEquals(4, p.baseUnits());
    assertEquals(0, BigDecimal.ZERO.compareTo(p.timeUnits()));
  }

  @Test
  void contractRatePayerHasUnitsButNoAmount() {
    PaymentEstimate p =
        estimate(
            ClaimFixture.clean()
                .payer("AETNA")
                .set("/anesthesia/qualifyingCircumstances", "[\"99100\",\"99140\"]")
                .claim());
    assertNull(p.conversionFactor());
    assertNull(p.estimatedAllowed());
    assertEquals(1 + 1 + 2, p.modifierUnits(), "P3 1 unit + 99100 1 + 99140 2");
  }

  @Test
  void aQualifyingCircumstanceReportedTwiceIsPaidOnce() {
    PaymentEstimate p =
        estimate(
            ClaimFixture.clean()
                .payer("AETNA")
                .set("/anesthesia/qualifyingCircumstances", "[\"99140\",\"99140\"]")
                .claim());
    assertEquals(1 + 2, p.modifierUnits(), "P3 1 unit + 99140 2, once");
  }

  @Test
  void cignaPaysQzAt85Percent() {
    PaymentEstimate p =
        estimate(
            ClaimFixture.clean().payer("CIGNA").set("/anesthesia/modifiers", "[\"QZ\"]").claim());
    assertEquals(85, p.modifierPercent());
  }

  @Test
  void noSinglePricingModifierMeansNoAmount() {
    assertNull(
        estimate(ClaimFixture.clean().set("/anesthesia/modifiers", "[\"QS\"]").claim())
            .estimatedAllowed());
    assertNull(
        estimate(ClaimFixture.clean().set("/anesthesia/modifiers", "[\"AA\",\"QK\"]").claim())
            .estimatedAllowed());
  }

  @Test
  void minutesFallBackToDocumentedTimes() {
    PaymentEstimate p = estimate(ClaimFixture.clean().remove("/anesthesia/minutes").claim());
    assertEquals(new BigDecimal("145.53"), p.estimatedAllowed());
    PaymentEstimate none =
        estimate(
            ClaimFixture.clean()
                .remove("/anesthesia/minutes")
                .remove("/anesthesia/endTime")
                .claim());
    assertNull(none.timeUnits());
    assertNull(none.estimatedAllowed());
  }
}
