package com.claims01940.rules.modifiers;

import com.claims01940.codes.CodeSets;
import com.claims01940.rules.AtMostOneOfSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;
import java.util.List;

/** MOD-PHYSICAL-STATUS-MULTIPLE: one patient has one ASA physical status. */
public final class PhysicalStatusMultiple extends AtMostOneOfSetRule {
  public PhysicalStatusMultiple(CodeSets codes) {
    super(
        "MOD-PHYSICAL-STATUS-MULTIPLE",
        "More than one of " + String.join(", ", codes.physicalStatusModifiers()),
        Sources.REGENCE_PS);
  }

  @Override
  protected Collection<String> set(RuleContext ctx) {
    return ctx.codes().physicalStatusModifiers();
  }

  @Override
  protected String message(List<String> found) {
    return "Only one physical status modifier may be billed; found "
        + String.join(", ", found)
        + ".";
  }
}
