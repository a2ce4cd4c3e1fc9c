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

/** MOD-PHYSICAL-STATUS-MULTIPLE: more than one P modifier. */
public final class PhysicalStatusMultiple extends Rule {
  public PhysicalStatusMultiple() {
    super(
        "MOD-PHYSICAL-STATUS-MULTIPLE",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "More than one of P1-P6",
        Sources.REGENCE_PS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> ps = ClaimFacts.modifiersIn(claim, ctx.codes().physicalStatusModifiers());
    if (ps.size() > 1) {
      out.add(
          finding(
              ClaimFacts.modifierField(claim, ps.get(1)),
              "Only one physical status modifier may be billed; found "
                  + String.join(", ", ps)
                  + "."));
    }
    return out;
  }
}
