package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;

/** DOC-LEVELS-NOT-LUMBOSACRAL: a treated level outside L1-S5 belongs to 01939. */
public final class LevelsNotLumbosacral extends Rule {
  public LevelsNotLumbosacral() {
    super("DOC-LEVELS-NOT-LUMBOSACRAL", Aspect.DOCUMENTATION, Severity.ERROR, false,
        "Any treated level outside L1-S5 (that work belongs to 01939)", Sources.AAPC_REGIONS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    if (claim.documentation() == null) {
      return;
    }
    var levels = claim.documentation().levelsTreated();
    for (int i = 0; i < levels.size(); i++) {
      if (!ctx.codes().lumbosacralLevels().contains(levels.get(i))) {
        report(ctx, "/documentation/levelsTreated/" + i, "Level " + levels.get(i)
            + " is not lumbar or sacral; cervical/thoracic neurolysis is anesthesia code 01939.");
      }
    }
  }
}
