package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY: an anesthesia type the payer never covers for the
 * procedure (NGS: general anesthesia for facet interventions), or MAC/general without a risk factor
 * the payer accepts.
 */
public final class AnesthesiaNotMedicallyNecessary extends Rule {
  public AnesthesiaNotMedicallyNecessary() {
    super(
        "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
        Aspect.COVERAGE,
        Severity.ERROR,
        true,
        "An anesthesia type the payer never covers here (anesthesiaTypesNotCovered), or MAC/GENERAL"
            + " without a risk factor the payer accepts (PATIENT_PREFERENCE never counts), where the"
            + " payer asks for one",
        Sources.ANTHEM_CG_MED_78);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var policy = ctx.policy();
    String type = ClaimFacts.anesthesiaType(claim);
    if (policy != null
        && policy.anesthesiaTypesNotCovered().isSet()
        && policy.anesthesiaTypesNotCovered().value().contains(type)) {
      out.add(
          finding(
              "/anesthesia/type",
              policy.payerName()
                  + (policy.jurisdiction() == null ? "" : " (" + policy.jurisdiction() + ")")
                  + " does not consider "
                  + type
                  + " anesthesia reasonable and necessary for this procedure, whatever the risk"
                  + " factors.",
              policy.anesthesiaTypesNotCovered()));
      return out;
    }
    if (policy == null
        || !policy.anesthesiaNecessity().isSet()
        || !ctx.codes().sedationTypes().contains(type)) {
      return List.of();
    }
    var rule = policy.anesthesiaNecessity().value();
    if (rule.waivedProcedureCodes().contains(ClaimFacts.procedureCode(claim))
        && rule.waivedModalities().contains(ClaimFacts.modality(claim))) {
      return List.of();
    }
    Set<String> accepted =
        ClaimFacts.riskFactors(claim).stream()
            .filter(rule.acceptedRiskFactors()::contains)
            .filter(f -> !ctx.codes().neverAcceptedRiskFactors().contains(f))
            .collect(Collectors.toSet());
    if (accepted.isEmpty()) {
      out.add(
          finding(
              rule.severity(),
              "/documentation/sedationJustification/riskFactors",
              policy.payerName()
                  + " covers "
                  + type
                  + " for this procedure only with a documented risk factor it accepts; none is present"
                  + " (patient preference does not qualify).",
              policy.anesthesiaNecessity()));
    }
    return out;
  }
}
