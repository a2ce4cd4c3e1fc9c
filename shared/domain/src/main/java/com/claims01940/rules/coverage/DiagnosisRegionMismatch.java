package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * COV-DIAGNOSIS-REGION-MISMATCH: no diagnosis of the lumbar, lumbosacral or sacral region. Only
 * codes that exist (billable in the loaded ICD-10-CM version) are classified by region: by the
 * code's long description in the loaded version (contract v1.2), by the hand patterns only where no
 * loaded version covers the code. Pain (G89) and neoplasm codes are region-neutral.
 */
public final class DiagnosisRegionMismatch extends Rule {
  public DiagnosisRegionMismatch() {
    super(
        "COV-DIAGNOSIS-REGION-MISMATCH",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "No diagnosis of the lumbar/lumbosacral/sacral region (e.g. only cervical M47.812)",
        Sources.AAPC_REGIONS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    CodeSets c = ctx.codes();
    List<String> valid =
        claim.diagnosisCodes().stream()
            .filter(d -> ctx.knownDiagnosis(d, claim.dateOfService()))
            .toList();
    if (!valid.isEmpty()
        && valid.stream()
            .noneMatch(
                d ->
                    CodeSets.matchesAny(c.regionNeutralDiagnoses(), d) || lowBack(d, claim, ctx))) {
      out.add(
          finding(
              "/diagnosisCodes",
              "No diagnosis names the lumbar, lumbosacral or sacral region that "
                  + c.procedureCode()
                  + " treats."));
    }
    return out;
  }

  private static boolean lowBack(String diagnosis, Claim claim, RuleContext ctx) {
    Boolean fromCodeSet = ctx.diagnosisNamesLowBackRegion(diagnosis, claim.dateOfService());
    return fromCodeSet != null
        ? fromCodeSet
        : CodeSets.matchesAny(ctx.codes().lumbosacralDiagnoses(), diagnosis);
  }
}
