package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.ModifierInSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;

/**
 * MOD-P6-IMPLAUSIBLE: a brain-dead organ donor's physical status on a percutaneous pain procedure.
 */
public final class P6Implausible extends ModifierInSetRule {
  public P6Implausible(CodeSets codes) {
    super(
        "MOD-P6-IMPLAUSIBLE",
        Severity.ERROR,
        either(codes.implausiblePhysicalStatus())
            + " (brain-dead organ donor) on "
            + codes.procedureCode(),
        Sources.REGENCE_PS);
  }

  @Override
  protected Collection<String> modifiers(Claim claim, RuleContext ctx) {
    return ctx.codes().implausiblePhysicalStatus();
  }

  @Override
  protected String message(String modifier, Claim claim, RuleContext ctx) {
    return modifier + " (brain-dead organ donor) is implausible for a percutaneous pain procedure.";
  }
}
