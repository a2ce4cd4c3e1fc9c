package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;
import java.util.List;

/** MOD-PROVIDER-MISMATCH: physician modifier by a non-physician, or CRNA modifier by a physician. */
public final class ProviderMismatch extends Rule {
  public ProviderMismatch() {
    super("MOD-PROVIDER-MISMATCH", Aspect.MODIFIERS, Severity.ERROR, false,
        "AA/AD/QK/QY billed by a non-anesthesiologist, or QX/QZ billed by an anesthesiologist", Sources.CMS_MODIFIERS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    if (claim.renderingProvider() == null || claim.renderingProvider().role() == null) {
      return;
    }
    boolean anesthesiologist = "ANESTHESIOLOGIST".equals(claim.renderingProvider().role());
    var wrong = anesthesiologist ? ctx.codes().nonPhysicianModifiers() : ctx.codes().anesthesiologistModifiers();
    for (String m : ClaimFacts.modifiersIn(claim, wrong)) {
      report(ctx, ClaimFacts.modifierField(claim, m), "Modifier " + m + " does not fit rendering role "
          + claim.renderingProvider().role() + (anesthesiologist ? " (QX/QZ are for CRNAs and assistants)."
          : " (AA, AD, QK, QY are for the anesthesiologist)."));
    }
  }
}
