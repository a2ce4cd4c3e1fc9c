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

/** DOC-LEVELS-NOT-LUMBOSACRAL: a treated level outside L1-S5 belongs to 01939. */
public final class LevelsNotLumbosacral extends Rule {
  public LevelsNotLumbosacral() {
    super(
        "DOC-LEVELS-NOT-LUMBOSACRAL",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "Any treated level outside L1-S5 (that work belongs to 01939)",
        Sources.AAPC_REGIONS);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.documentation() == null) {
      return List.of();
    }
    var levels = claim.documentation().levelsTreated();
    for (int i = 0; i < levels.size(); i++) {
      if (!ctx.codes().lumbosacralLevels().contains(levels.get(i))) {
        out.add(
            finding(
                "/documentation/levelsTreated/" + i,
                "Level "
                    + levels.get(i)
                    + " is not lumbar or sacral; cervical/thoracic neurolysis is anesthesia code 01939."));
      }
    }
    return out;
  }
}
