package com.claims01940.rules.modifiers;

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

/** MOD-PHYSICAL-STATUS-MISMATCH: the P modifier disagrees with the documented ASA class. */
public final class PhysicalStatusMismatch extends Rule {
  public PhysicalStatusMismatch() {
    super(
        "MOD-PHYSICAL-STATUS-MISMATCH",
        Aspect.MODIFIERS,
        Severity.WARNING,
        false,
        "The P modifier differs from documentation.asaPhysicalStatus",
        Sources.REGENCE_PS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Integer asa = claim.documentation() == null ? null : claim.documentation().asaPhysicalStatus();
    List<String> ps = ClaimFacts.modifiersIn(claim, ctx.codes().physicalStatusModifiers());
    if (asa != null && ps.size() == 1 && !ps.get(0).equals("P" + asa)) {
      out.add(
          finding(
              ClaimFacts.modifierField(claim, ps.get(0)),
              "Modifier "
                  + ps.get(0)
                  + " differs from the documented ASA physical status "
                  + asa
                  + "."));
    }
    return out;
  }
}
