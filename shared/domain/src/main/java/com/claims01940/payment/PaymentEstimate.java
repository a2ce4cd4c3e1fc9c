package com.claims01940.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * The allowed-amount estimate; amounts are null where the payer's rate is contract-specific. {@code
 * conversionFactorBasis} says where the factor came from (LOCALITY: CMS's locality file for the
 * claim's locality; NATIONAL: the national factor, or the qualifying-APM one), {@code
 * conversionFactorNote} why a named locality was not used. {@code verified} is false when any
 * figure rests on a value not verified for the date of service.
 */
@JsonPropertyOrder({
  "baseUnits",
  "timeUnits",
  "modifierUnits",
  "conversionFactor",
  "conversionFactorBasis",
  "locality",
  "conversionFactorYear",
  "conversionFactorNote",
  "modifierPercent",
  "estimatedAllowed",
  "currency",
  "verified"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentEstimate(
    int baseUnits,
    BigDecimal timeUnits,
    int modifierUnits,
    BigDecimal conversionFactor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String conversionFactorBasis,
    @JsonInclude(JsonInclude.Include.NON_NULL) Locality locality,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer conversionFactorYear,
    @JsonInclude(JsonInclude.Include.NON_NULL) String conversionFactorNote,
    Integer modifierPercent,
    BigDecimal estimatedAllowed,
    String currency,
    boolean verified) {

  /** The Medicare payment locality whose factor was used. */
  public record Locality(String contractor, String locality, String name) {}
}
