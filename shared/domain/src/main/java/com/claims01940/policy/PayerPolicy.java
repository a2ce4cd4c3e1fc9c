package com.claims01940.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The policy of one payer for 01940 in force from {@code effectiveFrom} to {@code effectiveTo}
 * (inclusive; null = open). Every threshold, code list and switch a rule needs is a {@link Param}.
 * {@code document} is the JSON it was read from, returned as-is by the policy endpoint.
 */
public record PayerPolicy(
    String payerId,
    String payerName,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String version,
    long revision,
    Param<Integer> baseUnits,
    Param<Integer> timeUnitMinutes,
    Param<Map<String, Integer>> modifierPercent,
    Param<Integer> supervisionBaseUnits,
    Param<Integer> supervisionInductionUnits,
    Param<BigDecimal> conversionFactor,
    Param<Boolean> conversionFactorByLocality,
    Param<Severity> pricingModifierRequired,
    Param<Severity> pricingModifierPosition,
    Param<Severity> qsRequiredWhenMac,
    Param<Severity> physicalStatusRequired,
    Param<Map<String, Integer>> physicalStatusUnits,
    Param<Map<String, Integer>> qualifyingCircumstanceUnits,
    Param<List<String>> placesOfService,
    Param<PriorAuthRule> priorAuthorization,
    Param<NecessityRule> anesthesiaNecessity,
    Param<List<String>> anesthesiaTypesNotCovered,
    Param<Severity> sedationJustificationRequired,
    Param<List<String>> facetNonCoveredModalities,
    Param<Integer> facetMaxLevelsPerSession,
    Param<Boolean> facetLevelLimitPerSide,
    Param<BlocksRule> facetDiagnosticBlocks,
    Param<Integer> facetMaxSessionsPer12Months,
    Param<Integer> facetMinDaysBetweenSameLevel,
    Param<Integer> repeatReliefPercent,
    Param<Integer> repeatReliefWeeks,
    Param<List<String>> facetCoveredDiagnoses,
    Param<List<String>> epiduralCoveredDiagnoses,
    Param<Integer> timelyFilingDays,
    String jurisdiction,
    Map<String, PayerPolicy> jurisdictions,
    JsonNode document) {

  /**
   * Prior authorization: required for these linked codes, at these places (null = any), from a
   * date.
   */
  public record PriorAuthRule(
      List<String> procedureCodes, List<String> placesOfService, LocalDate fromDate) {}

  /**
   * MAC/general anesthesia needs an accepted risk factor, unless the linked procedure is waived.
   */
  public record NecessityRule(
      Severity severity,
      List<String> acceptedRiskFactors,
      List<String> waivedProcedureCodes,
      List<String> waivedModalities) {}

  /** Diagnostic blocks before a first facet denervation: how many, at what relief. */
  public record BlocksRule(int count, int minReliefPercent, Severity severity) {}

  /**
   * The policy as it applies in a Medicare Administrative Contractor's jurisdiction (contract
   * v1.2): the item's own override for it; for a jurisdiction without one, the national values with
   * every parameter some jurisdiction overrides marked unverified (nobody has checked that MAC's
   * text); this policy itself when the claim names no jurisdiction or the item has no overrides.
   */
  public PayerPolicy forJurisdiction(String code) {
    if (code == null || jurisdictions.isEmpty()) {
      return this;
    }
    PayerPolicy own = jurisdictions.get(code);
    return own != null ? own : PolicyParser.unconfirmedIn(this, code);
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /**
   * The record's Param components, in document order: the one list of parameter names is the record
   * itself.
   */
  static final List<RecordComponent> PARAMETERS =
      Arrays.stream(PayerPolicy.class.getRecordComponents())
          .filter(c -> c.getType() == Param.class)
          .toList();

  /** Every parameter, in document order. */
  public List<Param<?>> parameters() {
    List<Param<?>> out = new ArrayList<>(PARAMETERS.size());
    for (RecordComponent c : PARAMETERS) {
      try {
        out.add((Param<?>) c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
    }
    return out;
  }

  /**
   * Whether a claim can be priced: a payer paid Medicare's way ({@code conversionFactorByLocality})
   * only on the conversion-factor table of the claim's calendar year, never on a factor of its item
   * or of another year; any other payer on its item's own (contract) factor.
   */
  public boolean priceable(boolean yearsConversionFactorsLoaded) {
    return !Boolean.TRUE.equals(conversionFactorByLocality().value())
        || yearsConversionFactorsLoaded;
  }

  /** True when every value that is set has been verified against a published source. */
  public boolean verified() {
    return parameters().stream().filter(Param::isSet).allMatch(Param::verified);
  }
}
