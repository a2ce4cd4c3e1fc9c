package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** DOC-LEVELS-MISMATCH: documented levels differ from the procedure's levels. */
public final class LevelsMismatch extends Rule {
  public LevelsMismatch() {
    super(
        "DOC-LEVELS-MISMATCH",
        Aspect.DOCUMENTATION,
        Severity.WARNING,
        false,
        "levelsTreated differs from procedure.levels",
        Sources.OPENPAYER_01940);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.documentation() == null || claim.procedure() == null) {
      return out;
    }
    var documented = new java.util.TreeSet<>(claim.documentation().levelsTreated());
    var billed = new java.util.TreeSet<>(claim.procedure().levels());
    if (!documented.isEmpty() && !billed.isEmpty() && !documented.equals(billed)) {
      out.add(
          finding(
              "/documentation/levelsTreated",
              "Documented levels "
                  + documented
                  + " differ from the procedure's levels "
                  + billed
                  + "."));
    }
    return out;
  }
}
