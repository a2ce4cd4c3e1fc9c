package com.claims01940.payment;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.PayerPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * (base units + time units + physical-status and qualifying-circumstance units the payer pays) x
 * conversion factor x modifier percent. Time units are minutes / time unit, rounded to one decimal.
 * AD is paid on the supervision base units (+1 with presence at induction), no time units.
 */
public final class PaymentCalculator {
  private PaymentCalculator() {}

  public static PaymentEstimate estimate(Claim claim, PayerPolicy policy, CodeSets codes) {
    String pricing = ClaimFacts.pricingModifier(claim, codes);
    Integer percent = pricing == null ? null : policy.modifierPercent().value().get(pricing);
    if (codes.supervisionModifier().equals(pricing)) {
      int base =
          policy.supervisionBaseUnits().value()
              + (Boolean.TRUE.equals(claim.anesthesia().presentAtInduction())
                  ? policy.supervisionInductionUnits().value()
                  : 0);
      return estimate(
          base, BigDecimal.ZERO.setScale(1), 0, policy.conversionFactor().value(), percent);
    }
    Integer minutes = ClaimFacts.minutes(claim);
    BigDecimal timeUnits =
        minutes == null
            ? null
            : BigDecimal.valueOf(minutes)
                .divide(
                    BigDecimal.valueOf(policy.timeUnitMinutes().value()), 1, RoundingMode.HALF_UP);
    return estimate(
        policy.baseUnits().value(),
        timeUnits,
        modifierUnits(claim, policy, codes),
        policy.conversionFactor().value(),
        percent);
  }

  private static PaymentEstimate estimate(
      int base, BigDecimal timeUnits, int modifierUnits, BigDecimal factor, Integer percent) {
    BigDecimal allowed = null;
    if (factor != null && percent != null && timeUnits != null) {
      allowed =
          BigDecimal.valueOf(base + modifierUnits)
              .add(timeUnits)
              .multiply(factor)
              .multiply(BigDecimal.valueOf(percent))
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
    return new PaymentEstimate(base, timeUnits, modifierUnits, factor, percent, allowed, "USD");
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
