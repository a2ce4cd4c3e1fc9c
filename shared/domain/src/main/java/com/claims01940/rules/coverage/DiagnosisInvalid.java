package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.reference.Icd10CodeSet;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * COV-DIAGNOSIS-INVALID: a code not shaped like ICD-10-CM; or, where the ICD-10-CM version in force
 * on the date of service is loaded and covers the code, not a billable code of it. The message
 * names what to bill instead: a header's billable codes, a deleted code's replacements. Past the
 * last loaded version, the latest one decides, at WARNING only (contract v1.2).
 */
public final class DiagnosisInvalid extends Rule {
  public DiagnosisInvalid() {
    super(
        "COV-DIAGNOSIS-INVALID",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "Not an ICD-10-CM code: not shaped like one, or (where the version in force on the date of"
            + " service is loaded) not a billable code of it: a header, a deleted or a never-existing"
            + " code",
        Sources.ICD10CM_FILES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> codes = claim.diagnosisCodes();
    Icd10CodeSet icd10 = ctx.references().icd10On(claim.dateOfService());
    // Past the last loaded fiscal year: checked against the latest one, as a WARNING.
    Icd10CodeSet before = ctx.references().icd10Before(claim.dateOfService());
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!ctx.codes().diagnosisShape().matcher(code).matches()) {
        out.add(
            finding(
                "/diagnosisCodes/" + i, "Diagnosis code " + code + " is not an ICD-10-CM code."));
      } else if (icd10 != null && icd10.covers(code) && !icd10.isBillable(code)) {
        out.add(finding("/diagnosisCodes/" + i, notBillable(code, icd10, claim, ctx)));
      } else if (before != null && before.covers(code) && !before.isBillable(code)) {
        out.add(
            finding(
                Severity.WARNING,
                "/diagnosisCodes/" + i,
                notBillable(code, before, claim, ctx)
                    + " No ICD-10-CM version is loaded for "
                    + claim.dateOfService()
                    + ": checked against "
                    + before.version().version()
                    + ", the latest loaded before it, which the missing year may have changed."));
      }
    }
    return out;
  }

  private static String notBillable(String code, Icd10CodeSet icd10, Claim claim, RuleContext ctx) {
    String version = "ICD-10-CM " + icd10.version().version();
    List<String> under = icd10.billableUnder(code);
    String instead = under.isEmpty() ? "" : " Bill one of " + String.join(", ", under) + ".";
    if (icd10.contains(code)) {
      return "Diagnosis code "
          + code
          + " is a header in "
          + version
          + ", not a billable code."
          + instead;
    }
    Icd10CodeSet last = ctx.references().lastBillableBefore(code, claim.dateOfService());
    if (last != null) {
      return "Diagnosis code "
          + code
          + " was deleted from ICD-10-CM after "
          + last.version().version()
          + " (billable until "
          + last.version().effectiveTo()
          + ")."
          + (under.isEmpty() ? "" : " Its replacements: " + String.join(", ", under) + ".");
    }
    return "Diagnosis code " + code + " is not a code of " + version + "." + instead;
  }
}
