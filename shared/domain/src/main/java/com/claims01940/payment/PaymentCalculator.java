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
 * payer that pays Medicare's way ({@code conversionFactorByLocality}) is paid on the
 * conversion-factor table of the year: the factor of the claim's locality when CMS's locality file
 * is loaded, else the national factor; any other payer on its policy's own (contract) factor.
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
    Param<BigDecimal> contractRate = policy.conversionFactor();
    if (!Boolean.TRUE.equals(policy.conversionFactorByLocality().value())) {
      return new Factor(
          contractRate.value(),
          contractRate.isSet() ? "NATIONAL" : null,
          null,
          null,
          null,
          contractRate.verified());
    }
    int year = claim.dateOfService().getYear();
    ConversionFactors table = references.conversionFactorsOn(claim.dateOfService());
    if (table == null) {
      return new Factor(
          null,
          null,
          null,
          year,
          "No CY"
              + year
              + " anesthesia conversion factor is loaded (the conversion-factor table for the"
              + " year): the payment is not estimated.",
          true);
    }
    // A qualifying APM participant has a factor of its own where the year has one (CY2026 on);
    // otherwise everyone's factor is the same.
    boolean ownFactor =
        Boolean.TRUE.equals(claim.qualifyingApmParticipant())
            && table.qualifyingApmNational() != null;
    var named = claim.pricingLocality();
    String note = null;
    if (named != null) {
      var locality = table.locality(named.contractor(), named.locality());
      if (locality != null) {
        return new Factor(
            ownFactor ? locality.qualifyingApmFactor() : locality.factor(),
            "LOCALITY",
            new PaymentEstimate.Locality(
                locality.contractor(), locality.locality(), title(locality.name())),
            year,
            null,
            true);
      }
      note =
          table.localities().isEmpty()
              ? "No CY"
                  + year
                  + " locality conversion factors are loaded (CMS's locality file for the year);"
                  + " the national factor is used."
              : "Locality "
                  + named.contractor()
                  + "/"
                  + named.locality()
                  + " is not in CMS's CY"
                  + year
                  + " locality file; the national factor is used.";
    }
    return ownFactor
        ? new Factor(
            table.qualifyingApmNational(),
            "NATIONAL",
            null,
            year,
            note,
            table.qualifyingApmVerified())
        : new Factor(table.national(), "NATIONAL", null, year, note, table.nationalVerified());
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
