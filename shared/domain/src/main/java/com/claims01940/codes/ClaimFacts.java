package com.claims01940.codes;

import com.claims01940.claim.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Facts several rules read off a claim, computed one way only. */
public final class ClaimFacts {
  private ClaimFacts() {}

  /** The modifiers of the line that belong to the set, distinct, in position order. */
  public static List<String> modifiersIn(Claim claim, Collection<String> set) {
    // A plain loop: a dozen rules call this per claim, and a line has at most ten modifiers.
    List<String> out = new ArrayList<>(2);
    for (String m : claim.modifiers()) {
      if (set.contains(m) && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The single pricing modifier, or null when there is none or more than one. */
  public static String pricingModifier(Claim claim, CodeSets codes) {
    List<String> pricing = modifiersIn(claim, codes.pricingModifiers());
    return pricing.size() == 1 ? pricing.get(0) : null;
  }

  public static boolean has(Claim claim, String modifier) {
    return claim.modifiers().contains(modifier);
  }

  public static String anesthesiaType(Claim claim) {
    return claim.anesthesia() == null ? null : claim.anesthesia().type();
  }

  public static String procedureCode(Claim claim) {
    return claim.procedure() == null ? null : claim.procedure().code();
  }

  public static String modality(Claim claim) {
    return claim.procedure() == null ? null : claim.procedure().modality();
  }

  /** The levels of this session: the procedure's, else the documented ones. */
  public static Set<String> sessionLevels(Claim claim) {
    if (claim.procedure() != null && !claim.procedure().levels().isEmpty()) {
      return new LinkedHashSet<>(claim.procedure().levels());
    }
    return claim.documentation() == null
        ? Set.of()
        : new LinkedHashSet<>(claim.documentation().levelsTreated());
  }

  /**
   * Risk factors from the record only (contract v1.2): those the sedation justification lists, a
   * documented ASA class of 3 or more, a documented BMI of 40 or more. The P modifier on the line
   * is billing, not documentation, and never counts.
   */
  public static Set<String> riskFactors(Claim claim) {
    Set<String> out = new LinkedHashSet<>();
    var doc = claim.documentation();
    if (doc != null && doc.sedationJustification() != null) {
      out.addAll(doc.sedationJustification().riskFactors());
    }
    Integer asa = doc == null ? null : doc.asaPhysicalStatus();
    if (asa != null && asa >= 3) {
      out.add("ASA_3_OR_HIGHER");
    }
    if (claim.patient() != null && claim.patient().bmi() != null && claim.patient().bmi() >= 40) {
      out.add("BMI_40_OR_MORE");
    }
    return out;
  }

  /** Minutes the claim reports, else minutes between documented start and end; null if neither. */
  public static Integer minutes(Claim claim) {
    var a = claim.anesthesia();
    if (a == null) {
      return null;
    }
    if (a.minutes() != null) {
      return a.minutes();
    }
    if (a.startTime() != null && a.endTime() != null && a.endTime().isAfter(a.startTime())) {
      return (int)
          Math.min(
              Integer.MAX_VALUE,
              java.time.Duration.between(a.startTime(), a.endTime()).toMinutes());
    }
    return null;
  }

  /** Each distinct qualifying-circumstance code with the index of its first mention. */
  public static java.util.Map<String, Integer> qualifyingCircumstances(Claim claim) {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    List<String> codes = claim.anesthesia().qualifyingCircumstances();
    for (int i = 0; i < codes.size(); i++) {
      out.putIfAbsent(codes.get(i), i);
    }
    return out;
  }

  /** Pointer to the index of a modifier on the line, for findings. */
  public static String modifierField(Claim claim, String modifier) {
    int i = claim.modifiers().indexOf(modifier);
    return i < 0 ? "/anesthesia/modifiers" : "/anesthesia/modifiers/" + i;
  }
}
