package com.claims01940.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.reference.BaseUnits;
import com.claims01940.reference.ConversionFactors;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceTable;
import com.claims01940.reference.TableVersion;
import com.claims01940.testing.ClaimFixture;
import com.claims01940.testing.ReferenceFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentCalculatorTest {
  private static final CodeSets CODES = CodeSets.load();
  private static final InMemoryPolicyStore STORE = InMemoryPolicyStore.seeded();

  /**
   * With the shipped reference data: CMS's CY2025 locality file and our CY2026 national factors.
   */
  static PaymentEstimate estimate(Claim claim) {
    return estimate(claim, ReferenceFixture.shipped());
  }

  static PaymentEstimate estimate(Claim claim, ReferenceData references) {
    PayerPolicy policy =
        ((PolicyResolution.Found) STORE.resolve(claim.payerId(), claim.dateOfService())).policy();
    return PaymentCalculator.estimate(claim, policy, CODES, references);
  }

  /** The clean claim on a date, AA, 47 minutes, at a Medicare locality (null = none named). */
  private static Claim medicare(String dos, String contractor, String locality) {
    var fixture =
        ClaimFixture.clean()
            .set("/dateOfService", "\"" + dos + "\"")
            .set("/submissionDate", "\"" + dos + "\"")
            .set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")
            .set("/anesthesia/minutes", "47");
    if (contractor != null) {
      fixture.set(
          "/pricingLocality",
          "{\"contractor\":\"" + contractor + "\",\"locality\":\"" + locality + "\"}");
    }
    return fixture.claim();
  }

  @ParameterizedTest(name = "{0} {1}/{2} -> {3} on {4} ({5})")
  @CsvSource({
    // the worked examples, and the localities it names (CMS CY2025 locality file)
    "2025-06-02, 10112, 00, 137.10, 19.31, LOCALITY",
    "2025-06-02, 05402, 00, 135.75, 19.12, LOCALITY",
    "2025-06-02, 13202, 01, 161.60, 22.76, LOCALITY",
    "2025-06-02, 02102, 01, 197.81, 27.86, LOCALITY",
    "2025-06-02, , , 144.26, 20.3178, NATIONAL",
    // a locality CMS does not list: the national factor, and a note says why
    "2025-06-02, 99999, 99, 144.26, 20.3178, NATIONAL",
    // 2026: only the national factors are loaded, so the national factor, with a note
    "2026-03-14, 10112, 00, 145.53, 20.4976, NATIONAL",
  })
  void medicareIsPaidByLocality(
      String dos, String contractor, String locality, String allowed, String factor, String basis) {
    PaymentEstimate p = estimate(medicare(dos, contractor, locality), ReferenceFixture.shipped());
    assertEquals(new BigDecimal(allowed), p.estimatedAllowed());
    assertEquals(new BigDecimal(factor), p.conversionFactor());
    assertEquals(basis, p.conversionFactorBasis());
    assertEquals(Integer.parseInt(dos.substring(0, 4)), p.conversionFactorYear());
    assertEquals(basis.equals("LOCALITY"), p.locality() != null);
    boolean named = contractor != null;
    assertEquals(
        named && basis.equals("NATIONAL"),
        p.conversionFactorNote() != null,
        "a note exactly when a named locality was not used: " + p.conversionFactorNote());
    assertFalse(p.verified(), "the base units are the CY2022 file's, unverified for " + dos);
  }

  /**
   * A half cent rounds up, as CMS's pricing does: 7.5 units (4 base + 52 minutes = 3.5) at
   * Alabama's CY2025 factor 19.31 is 144.825, paid as 144.83 (half-even would say 144.82).
   */
  @Test
  void aHalfCentRoundsUp() {
    Claim claim =
        ClaimFixture.clean()
            .set("/dateOfService", "\"2025-06-02\"")
            .set("/submissionDate", "\"2025-06-02\"")
            .set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")
            .set("/anesthesia/minutes", "52")
            .set("/pricingLocality", "{\"contractor\":\"10112\",\"locality\":\"00\"}")
            .claim();
    PaymentEstimate p = estimate(claim, ReferenceFixture.shipped());
    assertEquals(new BigDecimal("3.5"), p.timeUnits());
    assertEquals(new BigDecimal("19.31"), p.conversionFactor());
    assertEquals(new BigDecimal("144.83"), p.estimatedAllowed());
  }

  /** A claim without a locality is priced on the national factor of the year's table. */
  @Test
  void theNationalFactorComesFromTheYearsTable() {
    ReferenceData shipped = ReferenceFixture.shipped();
    ReferenceData otherNational =
        new ReferenceData(
            shipped.icd10(),
            shipped.modifiers(),
            shipped.baseUnits(),
            shipped.conversionFactors().stream()
                .map(
                    c ->
                        new ConversionFactors(
                            c.version(),
                            c.year(),
                            new BigDecimal("21.0000"),
                            c.qualifyingApmNational(),
                            c.localities()))
                .toList(),
            shipped.jurisdictions());
    PaymentEstimate p = estimate(medicare("2025-06-02", null, null), otherNational);
    assertEquals(new BigDecimal("21.0000"), p.conversionFactor());
    assertEquals("NATIONAL", p.conversionFactorBasis());
  }

  @Test
  void theLocalityIsNamedAsInTheContract() {
    PaymentEstimate p = estimate(medicare("2025-06-02", "10112", "00"), ReferenceFixture.shipped());
    assertEquals(new PaymentEstimate.Locality("10112", "00", "Alabama"), p.locality());
    assertEquals(new BigDecimal("3.1"), p.timeUnits());
    assertEquals(4, p.baseUnits());
  }

  /**
   * The 2026 Medicare item runs on into 2027, but prices come by calendar year: with no CY2027
   * table, a 2027 claim is not priced (never on 2026's factor), and the note says which table is
   * missing.
   */
  @ParameterizedTest
  @CsvSource({"2027-01-12, 10112, 00", "2027-01-01, , ", "2031-06-01, 13202, 01"})
  void aYearWithoutItsConversionFactorIsNotEstimated(
      String dos, String contractor, String locality) {
    PaymentEstimate p = estimate(medicare(dos, contractor, locality), ReferenceFixture.shipped());
    assertNull(p.estimatedAllowed());
    assertNull(p.conversionFactor());
    assertNull(p.conversionFactorBasis());
    assertEquals(
        "No CY"
            + dos.substring(0, 4)
            + " anesthesia conversion factor is loaded (the conversion-factor table for the"
            + " year): the payment is not estimated.",
        p.conversionFactorNote());
    assertEquals(4, p.baseUnits(), "the units are still shown");
  }

  @Test
  void theLastDayOfTheYearIsStillPricedOnItsFactor() {
    PaymentEstimate p = estimate(medicare("2026-12-31", null, null), ReferenceFixture.shipped());
    assertEquals(new BigDecimal("20.4976"), p.conversionFactor());
  }

  @Test
  void notesSayWhyTheNationalFactorWasUsed() {
    assertEquals(
        "No CY2026 locality conversion factors are loaded (CMS's locality file for the year); the"
            + " national factor is used.",
        estimate(medicare("2026-03-14", "10112", "00"), ReferenceFixture.shipped())
            .conversionFactorNote());
    assertEquals(
        "Locality 99999/99 is not in CMS's CY2025 locality file; the national factor is used.",
        estimate(medicare("2025-06-02", "99999", "99"), ReferenceFixture.shipped())
            .conversionFactorNote());
  }

  @Test
  void aQualifyingApmParticipantIsPaidOnItsOwnNationalFactorIn2026() {
    Claim claim =
        ClaimFixture.clean()
            .set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")
            .set("/qualifyingApmParticipant", "true")
            .claim();
    PaymentEstimate p = estimate(claim, ReferenceFixture.shipped());
    assertEquals(new BigDecimal("20.5998"), p.conversionFactor());
    assertEquals("NATIONAL", p.conversionFactorBasis());
    assertEquals(new BigDecimal("146.26"), p.estimatedAllowed(), "7.1 x 20.5998");
    assertFalse(p.verified(), "20.5998 is derived, not yet confirmed");
  }

  /** A calendar-year table version of 2026, as a loaded CMS file of that year would make. */
  static TableVersion cy2026(ReferenceTable table) {
    return new TableVersion(
        table,
        "CY2026",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "cms-cy2026.txt",
        null,
        1,
        null);
  }

  /** A CY2026 locality file as CMS prints it from 2026: both factors per locality. */
  static ReferenceData withCy2026Factors(boolean qualifyingColumn) {
    var alabama =
        new ConversionFactors.Locality(
            "10112",
            "00",
            "ALABAMA",
            new BigDecimal("19.48"),
            qualifyingColumn ? new BigDecimal("19.58") : null);
    var cy2026 =
        new ConversionFactors(
            cy2026(ReferenceTable.CONVERSION_FACTORS),
            2026,
            new BigDecimal("20.4976"),
            qualifyingColumn ? new BigDecimal("20.5998") : null,
            Map.of(alabama.key(), alabama));
    return new ReferenceData(List.of(), List.of(), List.of(), List.of(cy2026), List.of());
  }

  @ParameterizedTest(name = "qualifying APM {0}, locality {1}, QP column {2} -> {3} {4}")
  @CsvSource({
    "false, true, true, 19.48, LOCALITY",
    "true, true, true, 19.58, LOCALITY",
    "true, false, true, 20.5998, NATIONAL",
    "false, false, true, 20.4976, NATIONAL",
    // a 2026 file without the qualifying-APM column: everyone's factor is the same
    "true, true, false, 19.48, LOCALITY",
    "true, false, false, 20.4976, NATIONAL",
  })
  void qualifyingApmParticipantsUseTheirOwnFactorsFromCmsFile(
      boolean qualifying, boolean atLocality, boolean column, String factor, String basis) {
    var fixture =
        ClaimFixture.clean()
            .set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")
            .set("/qualifyingApmParticipant", Boolean.toString(qualifying));
    if (atLocality) {
      fixture.set("/pricingLocality", "{\"contractor\":\"10112\",\"locality\":\"00\"}");
    }
    PaymentEstimate p = estimate(fixture.claim(), withCy2026Factors(column));
    assertEquals(new BigDecimal(factor), p.conversionFactor());
    assertEquals(basis, p.conversionFactorBasis());
    assertNull(p.conversionFactorNote());
  }

  /**
   * A year from our national-factor table: the factors as verified as the table says (CY2026's
   * qualifying-APM factor is derived), whichever factor the claim is priced on.
   */
  @ParameterizedTest(name = "qualifying APM {0}, national verified {1}, APM verified {2} -> {3}")
  @CsvSource({
    "false, true, false, true",
    "true, true, false, false",
    "false, false, true, false",
    "true, false, true, true",
  })
  void aFactorIsAsVerifiedAsTheTableSays(
      boolean qualifying, boolean nationalVerified, boolean apmVerified, boolean verified) {
    var nationalOnly =
        new ConversionFactors(
            cy2026(ReferenceTable.CONVERSION_FACTORS),
            2026,
            new BigDecimal("20.4976"),
            nationalVerified,
            new BigDecimal("20.5998"),
            apmVerified,
            Map.of());
    var units = new BaseUnits(cy2026(ReferenceTable.BASE_UNITS), 2026, Map.of("01940", 4));
    var data =
        new ReferenceData(List.of(), List.of(), List.of(units), List.of(nationalOnly), List.of());
    Claim claim =
        ClaimFixture.clean()
            .set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")
            .set("/qualifyingApmParticipant", Boolean.toString(qualifying))
            .set("/pricingLocality", "{\"contractor\":\"10112\",\"locality\":\"00\"}")
            .claim();
    PaymentEstimate p = estimate(claim, data);
    assertEquals(new BigDecimal(qualifying ? "20.5998" : "20.4976"), p.conversionFactor());
    assertEquals("NATIONAL", p.conversionFactorBasis());
    assertEquals(verified, p.verified());
    assertEquals(
        "No CY2026 locality conversion factors are loaded (CMS's locality file for the year); the"
            + " national factor is used.",
        p.conversionFactorNote());
  }

  @Test
  void in2025EveryClinicianHasTheSameFactor() {
    Claim claim =
        ClaimFixture.clean()
            .set("/dateOfService", "\"2025-06-02\"")
            .set("/qualifyingApmParticipant", "true")
            .set("/pricingLocality", "{\"contractor\":\"10112\",\"locality\":\"00\"}")
            .claim();
    assertEquals(
        new BigDecimal("19.31"),
        estimate(claim, ReferenceFixture.shipped()).conversionFactor(),
        "no separate qualifying-APM factor in 2025: the locality's");
  }

  @Test
  void baseUnitsComeFromTheYearsCmsFileWhenLoaded() {
    var units = new BaseUnits(cy2026(ReferenceTable.BASE_UNITS), 2026, Map.of("01940", 5));
    var data =
        new ReferenceData(
            List.of(),
            List.of(),
            List.of(units),
            withCy2026Factors(true).conversionFactors(),
            List.of());
    PaymentEstimate p = estimate(ClaimFixture.clean().claim(), data);
    assertEquals(5, p.baseUnits(), "the table's value, not the policy's 4");
    assertEquals(new BigDecimal("166.03"), p.estimatedAllowed(), "8.1 x 20.4976");
    assertTrue(p.verified(), "every figure now rests on a verified value");
    assertFalse(estimate(ClaimFixture.clean().claim()).verified(), "without it: the 2022 units");
  }

  @Test
  void aContractRatePayerHasNoBasis() {
    PaymentEstimate p =
        estimate(ClaimFixture.clean().payer("AETNA").claim(), ReferenceFixture.shipped());
    assertNull(p.conversionFactorBasis());
    assertNull(p.conversionFactorYear());
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
