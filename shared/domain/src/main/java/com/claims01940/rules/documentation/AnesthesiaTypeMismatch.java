package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;

/** DOC-ANESTHESIA-TYPE-MISMATCH: the documented type differs from the claim's. */
public final class AnesthesiaTypeMismatch extends Rule {
  public AnesthesiaTypeMismatch() {
    super("DOC-ANESTHESIA-TYPE-MISMATCH", Aspect.DOCUMENTATION, Severity.WARNING, false,
        "Documented anesthesia type differs from the claim's", Sources.OPENPAYER_01940);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    String billed = ClaimFacts.anesthesiaType(claim);
    String documented = claim.documentation() == null ? null : claim.documentation().anesthesiaType();
    if (billed != null && documented != null && !billed.equals(documented)) {
      report(ctx, "/documentation/anesthesiaType", "Documented anesthesia type " + documented + " differs from the billed type "
          + billed + ".");
    }
  }
}
