package com.claims01940.codes;

import com.claims01940.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference data that holds for every payer: modifier groups, level and diagnosis patterns, the
 * surgical-to-anesthesia crosswalk, time thresholds. Loaded from {@code codesets-01940.json}, so a
 * rule's thresholds and lists are data, not constants.
 */
public record CodeSets(
    String procedureCode,
    LocalDate codeEffectiveFrom,
    Set<String> pricingModifiers,
    Map<String, RoleModifiers> roleModifiers,
    Map<String, List<Integer>> concurrentCasesRange,
    TeachingConcurrency teachingConcurrency,
    Set<String> notApplicableModifiers,
    String g8Modifier,
    List<String> g8AllowedCodes,
    Set<String> macOnlyModifiers,
    String macModifier,
    String macType,
    Map<String, Integer> physicalStatusClasses,
    Set<String> implausiblePhysicalStatus,
    Set<String> distinctServiceModifiers,
    Set<String> reviewModifiers,
    List<String> conflictingPair,
    int maxModifiersPerLine,
    Pattern modifierShape,
    Set<String> medicalDirectionModifiers,
    String supervisionModifier,
    Set<String> imagingAllowed,
    Set<String> chemicalAgents,
    Set<String> lumbosacralLevels,
    List<String> segmentOrder,
    Map<String, Set<String>> lateralitySides,
    int minutesTolerance,
    int maxSpanMinutes,
    int outlierMinMinutes,
    int outlierMaxMinutes,
    Set<String> sedationTypes,
    Set<String> facetDenervationCodes,
    Set<String> lumbosacralFacetDenervationCodes,
    Set<String> epiduralNeurolysisCodes,
    Map<String, String> crosswalk,
    Pattern diagnosisShape,
    List<Pattern> lumbosacralDiagnoses,
    List<Pattern> regionNeutralDiagnoses,
    List<Pattern> radiculopathyDiagnoses,
    Set<String> qualifyingCircumstanceCodes,
    ExtremeAge extremeAge,
    Set<String> implausibleQualifyingCircumstances,
    String emergencyQualifyingCircumstance,
    List<String> secondaryOnlyDiagnoses,
    Set<String> neverAcceptedRiskFactors) {

  /** Modifiers a rendering role must not bill, and why (for the finding's message). */
  public record RoleModifiers(Set<String> notAllowed, String reason) {}

  /**
   * 99100: the patient must be younger than one bound or older than the other, in completed years.
   */
  public record ExtremeAge(String code, int youngerThanYears, int olderThanYears) {}

  private static final String RESOURCE = "/codesets-01940.json";

  /** Loads the bundled code sets once; they are immutable. */
  /**
   * A teaching anesthesiologist's exception: with {@code teachingModifier} on the line, {@code
   * modifier} may report up to {@code maxCases} concurrent resident cases (42 CFR
   * 414.46(c)(1)(iii)).
   */
  public record TeachingConcurrency(String modifier, String teachingModifier, int maxCases) {}

  public static CodeSets load() {
    try (InputStream in = CodeSets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return Json.MAPPER.readValue(in, CodeSets.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A diagnosis code without its dot, upper case: M47.816 and m47816 compare equal. */
  public static String normalizeDiagnosis(String code) {
    return code.replace(".", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** P1 to P6, the ASA physical-status modifiers. */
  public Set<String> physicalStatusModifiers() {
    return physicalStatusClasses.keySet();
  }

  public boolean isFacetDenervation(String procedureCode) {
    return procedureCode != null && facetDenervationCodes.contains(procedureCode);
  }

  public boolean isEpiduralNeurolysis(String procedureCode) {
    return procedureCode != null && epiduralNeurolysisCodes.contains(procedureCode);
  }

  public static boolean matchesAny(List<Pattern> patterns, String diagnosis) {
    String normalized = normalizeDiagnosis(diagnosis);
    for (Pattern p : patterns) {
      if (p.matcher(normalized).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
