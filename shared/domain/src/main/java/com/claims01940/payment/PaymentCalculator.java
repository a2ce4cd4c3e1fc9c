package com.claims01940.payment;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Param;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.reference.BaseUnits;
import com.claims01940.reference.ConversionFactors;
import com.claims01940.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * (base units + time units + physical-status and qualifying-circumstance units the payer pays) x
 * conversion factor x modifier percent. Time units are minutes / time unit, rounded to one decimal.
 * AD is paid on the supervision base units (+1 with presence at induction), no time units. Base
 * units come from CMS's base-unit table for the year when it is loaded, else from the policy; a
 * payer that pays Medicare's way ({@code conversionFactorByLocality}) is paid on the factor of the
 * claim's locality from CMS's locality file for the year, else on the national factor.
 */
public final class PaymentCalculator {
  private PaymentCalculator() {}

  /** The conversion factor chosen, where it came from, and whether it is verified. */
  private record Factor(
      BigDecimal value,
      String basis,
      PaymentEstimate.Locality locality,
      Integer year,
      String note,
      boolean verified) {}

  public static PaymentEstimate estimate(
      Claim claim, PayerPolicy policy, CodeSets codes, ReferenceData references) {
    String pricing = ClaimFacts.pricingModifier(claim, codes);
    Integer percent = pricing == null ? null : policy.modifierPercent().value().get(pricing);
    Factor factor = factor(claim, policy, references);
    if (codes.supervisionModifier().equals(pricing)) {
      int base =
          policy.supervisionBaseUnits().value()
              + (Boolean.TRUE.equals(claim.anesthesia().presentAtInduction())
                  ? policy.supervisionInductionUnits().value()
                  : 0);
      boolean verified =
          factor.verified()
              && policy.supervisionBaseUnits().verified()
              && policy.supervisionInductionUnits().verified();
      return estimate(base, BigDecimal.ZERO.setScale(1), 0, factor, percent, verified);
    }
    Integer minutes = ClaimFacts.minutes(claim);
    BigDecimal timeUnits =
        minutes == null
            ? null
            : BigDecimal.valueOf(minutes)
                .divide(
                    BigDecimal.valueOf(policy.timeUnitMinutes().value()), 1, RoundingMode.HALF_UP);
    BaseUnits table = references.baseUnitsOn(claim.dateOfService());
    Integer tableUnits =
        table == null ? null : table.units().get(claim.anesthesia().procedureCode());
    int base = tableUnits != null ? tableUnits : policy.baseUnits().value();
    boolean verified =
        factor.verified()
            && (tableUnits != null || policy.baseUnits().verified())
            && policy.timeUnitMinutes().verified();
    return estimate(
        base, timeUnits, modifierUnits(claim, policy, codes), factor, percent, verified);
  }

  private static Factor factor(Claim claim, PayerPolicy policy, ReferenceData references) {
    Param<BigDecimal> nationalParam = policy.conversionFactor();
    if (!Boolean.TRUE.equals(policy.conversionFactorByLocality().value())) {
      return new Factor(
          nationalParam.value(),
          nationalParam.isSet() ? "NATIONAL" : null,
          null,
          null,
          null,
          nationalParam.verified());
    }
    int year = claim.dateOfService().getYear();
    ConversionFactors table = references.conversionFactorsOn(claim.dateOfService());
    if (!estimable(claim, policy, references)) {
      return new Factor(
          null,
          null,
          null,
          year,
          "No CY"
              + year
              + " anesthesia conversion factor is loaded (CMS's locality conversion-factor file for"
              + " the year): the payment is not estimated.",
          true);
    }
    var named = claim.pricingLocality();
    Param<BigDecimal> apm = policy.qualifyingApmConversionFactor();
    // A qualifying APM participant has a factor of its own where CMS's file or the policy has one
    // (CY2026 on); otherwise everyone's factor is the same.
    boolean ownFactor =
        Boolean.TRUE.equals(claim.qualifyingApmParticipant())
            && ((table != null && table.qualifyingApmNational() != null) || apm.isSet());
    String note = null;
    if (named != null) {
      var locality = table == null ? null : table.locality(named.contractor(), named.locality());
      BigDecimal f =
          locality == null ? null : ownFactor ? locality.qualifyingApmFactor() : locality.factor();
      if (f != null) {
        return new Factor(
            f,
            "LOCALITY",
            new PaymentEstimate.Locality(
                locality.contractor(), locality.locality(), title(locality.name())),
            year,
            null,
            true);
      }
      note =
          table == null
              ? "No CY"
                  + year
                  + " locality conversion factors are loaded; the national factor is used."
              : locality == null
                  ? "Locality "
                      + named.contractor()
                      + "/"
                      + named.locality()
                      + " is not in CMS's CY"
                      + year
                      + " locality file; the national factor is used."
                  : "CMS's CY"
                      + year
                      + " locality file has no qualifying-APM factors; the qualifying-APM national"
                      + " factor is used.";
    }
    if (ownFactor) {
      return table != null && table.qualifyingApmNational() != null
          ? new Factor(table.qualifyingApmNational(), "NATIONAL", null, year, note, true)
          : new Factor(apm.value(), "NATIONAL", null, year, note, apm.verified());
    }
    return table != null
        ? new Factor(table.national(), "NATIONAL", null, year, note, true)
        : new Factor(nationalParam.value(), "NATIONAL", null, year, note, nationalParam.verified());
  }

  /**
   * Whether a factor is known for the claim's year. A payer paid Medicare's way is priced on the
   * conversion-factor table of the calendar year; its policy's own factor is that of the calendar
   * year its item took effect in, and no other: a later year without the table is not estimated
   * (COV-PAYMENT-NOT-ESTIMATED), never priced on last year's factor and never failed for it.
   */
  static boolean estimable(Claim claim, PayerPolicy policy, ReferenceData references) {
    return references.conversionFactorsOn(claim.dateOfService()) != null
        || policy.ownConversionFactorFor(claim.dateOfService().getYear());
  }

  /** ALABAMA → Alabama; REST OF TEXAS → Rest Of Texas: CMS prints names in capitals. */
  private static String title(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }

  private static PaymentEstimate estimate(
      int base,
      BigDecimal timeUnits,
      int modifierUnits,
      Factor factor,
      Integer percent,
      boolean verified) {
    BigDecimal allowed = null;
    if (factor.value() != null && percent != null && timeUnits != null) {
      allowed =
          BigDecimal.valueOf(base + modifierUnits)
              .add(timeUnits)
              .multiply(factor.value())
              .multiply(BigDecimal.valueOf(percent))
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
    return new PaymentEstimate(
        base,
        timeUnits,
        modifierUnits,
        factor.value(),
        factor.basis(),
        factor.locality(),
        factor.year(),
        factor.note(),
        percent,
        allowed,
        "USD",
        verified);
  }

  private static int modifierUnits(Claim claim, PayerPolicy policy, CodeSets codes) {
    int units = 0;
    var ps = ClaimFacts.modifiersIn(claim, codes.physicalStatusModifiers());
    if (ps.size() == 1 && policy.physicalStatusUnits().isSet()) {
      units += policy.physicalStatusUnits().value().getOrDefault(ps.get(0), 0);
    }
    if (policy.qualifyingCircumstanceUnits().isSet()) {
      // A circumstance reported twice is paid once (COV-QUALIFYING-CIRCUMSTANCE-DUPLICATE says so).
      for (String qc : ClaimFacts.qualifyingCircumstances(claim).keySet()) {
        units += policy.qualifyingCircumstanceUnits().value().getOrDefault(qc, 0);
      }
    }
    return units;
  }
}
