package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.claim.Claim.MedicalDirection;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** DOC-MEDICAL-DIRECTION-INCOMPLETE: medical direction billed without all seven elements. */
public final class MedicalDirectionIncomplete extends Rule {
  public MedicalDirectionIncomplete() {
    super(
        "DOC-MEDICAL-DIRECTION-INCOMPLETE",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "QK, QY or QX billed and any of the seven medical-direction elements is not true",
        Sources.CFR_415_110);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> directed = ClaimFacts.modifiersIn(claim, ctx.codes().medicalDirectionModifiers());
    if (directed.isEmpty()) {
      return List.of();
    }
    List<String> missing =
        missing(claim.documentation() == null ? null : claim.documentation().medicalDirection());
    if (!missing.isEmpty()) {
      String field =
          "/documentation/medicalDirection" + (missing.size() == 7 ? "" : "/" + missing.get(0));
      out.add(
          finding(
              field,
              "Modifier "
                  + directed.get(0)
                  + " bills medical direction, but these elements are not documented: "
                  + String.join(", ", missing)
                  + "."));
    }
    return out;
  }

  private static List<String> missing(MedicalDirection m) {
    List<String> out = new ArrayList<>();
    check(out, "preAnesthesiaExam", m == null ? null : m.preAnesthesiaExam());
    check(out, "planPrescribed", m == null ? null : m.planPrescribed());
    check(
        out,
        "presentAtInductionAndEmergence",
        m == null ? null : m.presentAtInductionAndEmergence());
    check(
        out,
        "remainderByQualifiedIndividual",
        m == null ? null : m.remainderByQualifiedIndividual());
    check(out, "monitoredFrequently", m == null ? null : m.monitoredFrequently());
    check(
        out, "physicallyPresentAndAvailable", m == null ? null : m.physicallyPresentAndAvailable());
    check(out, "postAnesthesiaCare", m == null ? null : m.postAnesthesiaCare());
    return out;
  }

  private static void check(List<String> out, String element, Boolean value) {
    if (!Boolean.TRUE.equals(value)) {
      out.add(element);
    }
  }
}
