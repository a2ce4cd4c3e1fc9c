package com.claims01940.claim;

import java.util.Set;

/** The contract's closed value sets. Input is matched case-insensitively and stored upper case. */
public final class ValueSets {
  private ValueSets() {}

  public static final Set<String> ROLES =
      Set.of("ANESTHESIOLOGIST", "CRNA", "ANESTHESIOLOGIST_ASSISTANT");
  public static final Set<String> ANESTHESIA_TYPES =
      Set.of("MAC", "GENERAL", "REGIONAL", "MODERATE_SEDATION");
  public static final Set<String> MODALITIES =
      Set.of("THERMAL_RF", "CHEMICAL", "PULSED_RF", "COOLED_RF", "CRYO", "LASER", "OTHER");
  public static final Set<String> IMAGING = Set.of("FLUOROSCOPY", "CT", "ULTRASOUND", "NONE");
  public static final Set<String> AGENTS =
      Set.of("PHENOL", "ALCOHOL", "GLYCEROL", "RADIOFREQUENCY", "OTHER");
  public static final Set<String> RISK_FACTORS =
      Set.of(
          "ASA_3_OR_HIGHER",
          "BMI_40_OR_MORE",
          "SLEEP_APNEA",
          "PRIOR_SEDATION_COMPLICATION",
          "SEVERE_ANXIETY_OR_COGNITIVE_IMPAIRMENT",
          "MOVEMENT_DISORDER",
          "AIRWAY_RISK",
          "SEDATIVE_INTOLERANCE",
          "PROLONGED_IMMOBILITY_REQUIRED",
          "PATIENT_PREFERENCE");
  public static final Set<String> LATERALITY = Set.of("LEFT", "RIGHT", "BILATERAL");
  public static final Set<String> SEX = Set.of("F", "M", "U", "X");
  public static final Set<String> PRIOR_AUTH_STATUS =
      Set.of("APPROVED", "PENDING", "DENIED", "EXPIRED");
}
