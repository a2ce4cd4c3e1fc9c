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

/** MOD-MAC-INCONSISTENT: QS/G9 without MAC, or MAC without QS where the payer expects it. */
public final class MacInconsistent extends Rule {
  public MacInconsistent() {
    super(
        "MOD-MAC-INCONSISTENT",
        Aspect.MODIFIERS,
        Severity.ERROR,
        true,
        "QS or G9 while anesthesia.type is not MAC (ERROR); MAC without QS where the payer requires it (per payer)",
        Sources.CMS_MODIFIERS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    String type = ClaimFacts.anesthesiaType(claim);
    if (type == null) {
      return List.of();
    }
    boolean mac = ctx.codes().macType().equals(type);
    if (!mac) {
      for (String m : ClaimFacts.modifiersIn(claim, ctx.codes().macOnlyModifiers())) {
        out.add(
            finding(
                ClaimFacts.modifierField(claim, m),
                "Modifier "
                    + m
                    + " describes monitored anesthesia care, but anesthesia.type is "
                    + type
                    + "."));
      }
      return out;
    }
    var policy = ctx.policy();
    if (policy != null
        && policy.qsRequiredWhenMac().isSet()
        && !ClaimFacts.has(claim, ctx.codes().macModifier())) {
      out.add(
          finding(
              policy.qsRequiredWhenMac().value(),
              "/anesthesia/modifiers",
              policy.payerName()
                  + " expects "
                  + ctx.codes().macModifier()
                  + " on a monitored anesthesia care line.",
              policy.qsRequiredWhenMac()));
    }
    return out;
  }
}
