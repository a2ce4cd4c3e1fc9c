package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.ClaimFacts;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import com.claims01940.rules.Sources;

/** MOD-PROVIDER-MISMATCH: a pricing modifier the rendering role does not bill (code sets: roleModifiers). */
public final class ProviderMismatch extends Rule {
  public ProviderMismatch() {
    super("MOD-PROVIDER-MISMATCH", Aspect.MODIFIERS, Severity.ERROR, false,
        "A pricing modifier that the rendering provider's role does not bill", Sources.CMS_MODIFIERS);
  }

  @Override
  public void evaluate(Claim claim, RuleContext ctx) {
    var provider = claim.renderingProvider();
    var role = provider == null || provider.role() == null ? null : ctx.codes().roleModifiers().get(provider.role());
    if (role == null) {
      return;
    }
    for (String m : ClaimFacts.modifiersIn(claim, role.notAllowed())) {
      report(ctx, ClaimFacts.modifierField(claim, m), "Modifier " + m + " does not fit rendering role "
          + provider.role() + ": " + role.reason() + ".");
    }
  }
}
