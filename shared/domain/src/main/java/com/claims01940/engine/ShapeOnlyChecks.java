package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceTable;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.RuleInfo;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's phase for reference tables: COV-CODESET-NOT-LOADED when a check that needs a table
 * (diagnoses against ICD-10-CM, modifiers against the modifier table) ran by shape only because no
 * loaded version covers the date of service. Informational: the claim is not worse for it, but a
 * biller should know the check was weaker.
 */
final class ShapeOnlyChecks {
  private ShapeOnlyChecks() {}

  static final RuleInfo INFO =
      new RuleInfo(
          "COV-CODESET-NOT-LOADED",
          Scope.ALL,
          Severity.INFO,
          false,
          "A check that needs a reference table ran by shape only: no version of the table covers"
              + " the date of service",
          List.of(Sources.CODESETS));

  static List<Finding> of(Claim claim, Scope scope, ReferenceData references) {
    List<Finding> out = new ArrayList<>();
    if (scope.covers(Aspect.COVERAGE)
        && !claim.diagnosisCodes().isEmpty()
        && references.icd10On(claim.dateOfService()) == null) {
      out.add(
          finding(
              Aspect.COVERAGE,
              "/diagnosisCodes",
              ReferenceTable.ICD10CM,
              claim,
              "diagnosis codes"));
    }
    if (scope.covers(Aspect.MODIFIERS)
        && !claim.modifiers().isEmpty()
        && references.modifiersOn(claim.dateOfService()) == null) {
      out.add(
          finding(
              Aspect.MODIFIERS,
              "/anesthesia/modifiers",
              ReferenceTable.MODIFIERS,
              claim,
              "modifiers"));
    }
    return out;
  }

  private static Finding finding(
      Aspect aspect, String field, ReferenceTable table, Claim claim, String what) {
    return new Finding(
        INFO.code(),
        aspect,
        INFO.defaultSeverity(),
        field,
        "No "
            + table.label()
            + " version is loaded for "
            + claim.dateOfService()
            + "; the "
            + what
            + " were checked by shape only.",
        INFO.references().get(0),
        List.of());
  }
}
