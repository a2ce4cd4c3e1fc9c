package com.claims01940.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The allowed-amount estimate; amounts are null where the payer's rate is contract-specific. */
@JsonPropertyOrder({
  "baseUnits",
  "timeUnits",
  "modifierUnits",
  "conversionFactor",
  "modifierPercent",
  "estimatedAllowed",
  "currency"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentEstimate(
    int baseUnits,
    BigDecimal timeUnits,
    int modifierUnits,
    BigDecimal conversionFactor,
    Integer modifierPercent,
    BigDecimal estimatedAllowed,
    String currency) {}
