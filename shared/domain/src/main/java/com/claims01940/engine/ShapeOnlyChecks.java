package com.claims01940.engine;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ReferenceContent;
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
 * The engine's phase for reference tables: COV-CODESET-NOT-LOADED when no loaded version of a table
 * a check needs (diagnoses against ICD-10-CM, modifiers against the modifier table) covers the date
 * of service: the check ran against the latest earlier version, or by shape only. A WARNING
 * (contract v1.2): a check not done is not a pass.
 */
final class ShapeOnlyChecks {
  private ShapeOnlyChecks() {}

  static final RuleInfo RULE =
      new RuleInfo(
          "COV-CODESET-NOT-LOADED",
          Scope.ALL,
          Severity.WARNING,
          false,
          "No version of a reference table a check needs covers the date of service: the check ran"
              + " against the latest earlier version (never above WARNING), or by shape only",
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
              "diagnosis codes",
              references.icd10Before(claim.dateOfService())));
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
              "modifiers",
              references.modifiersBefore(claim.dateOfService())));
    }
    return out;
  }

  private static Finding finding(
      Aspect aspect,
      String field,
      ReferenceTable table,
      Claim claim,
      String what,
      ReferenceContent before) {
    return new Finding(
        RULE.code(),
        aspect,
        RULE.defaultSeverity(),
        field,
        "No "
            + table.label()
            + " version is loaded for "
            + claim.dateOfService()
            + "; the "
            + what
            + (before == null
                ? " were checked by shape only."
                : " were checked against "
                    + before.version().version()
                    + ", the latest loaded before it."),
        RULE.references().get(0),
        List.of());
  }
}
