package com.claims01940.rules;

import com.claims01940.codes.CodeSets;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import com.claims01940.reference.Icd10CodeSet;
import com.claims01940.reference.ReferenceData;
import java.time.LocalDate;

/**
 * What a rule sees besides the claim: the policy resolution, the code sets and the national
 * reference tables loaded (each chosen by the date of service).
 */
public record RuleContext(PolicyResolution resolution, CodeSets codes, ReferenceData references) {

  public RuleContext(PolicyResolution resolution, CodeSets codes) {
    this(resolution, codes, ReferenceData.EMPTY);
  }

  /** The payer's policy in force on the date of service, or null when there is none. */
  public PayerPolicy policy() {
    return resolution instanceof PolicyResolution.Found f ? f.policy() : null;
  }

  /**
   * Whether a diagnosis may be classified (region, radicular): ICD-10-CM shaped and, where the
   * version in force on the date is loaded and covers it, a billable code of that version.
   */
  public boolean knownDiagnosis(String code, LocalDate dateOfService) {
    if (!codes.diagnosisShape().matcher(code).matches()) {
      return false;
    }
    Icd10CodeSet icd10 = references.icd10On(dateOfService);
    return icd10 == null || !icd10.covers(code) || icd10.isBillable(code);
  }

  /**
   * Whether the diagnosis's long description names the lumbar/sacral region, in the ICD-10-CM
   * version in force on the date or, past the last one loaded, the latest earlier one (contract
   * v1.2 "Region from the code set"); null when no loaded version can say.
   */
  public Boolean diagnosisNamesLowBackRegion(String code, LocalDate dateOfService) {
    Icd10CodeSet icd10 = references.icd10On(dateOfService);
    if (icd10 == null) {
      icd10 = references.icd10Before(dateOfService);
    }
    return icd10 == null ? null : icd10.namesLowBackRegion(code);
  }
}
