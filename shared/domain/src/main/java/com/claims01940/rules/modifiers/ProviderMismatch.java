package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets.RoleModifiers;
import com.claims01940.policy.Severity;
import com.claims01940.rules.ModifierInSetRule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.Collection;
import java.util.Set;

/**
 * MOD-PROVIDER-MISMATCH: a pricing modifier the rendering role does not bill (code sets:
 * roleModifiers).
 */
public final class ProviderMismatch extends ModifierInSetRule {
  public ProviderMismatch() {
    super(
        "MOD-PROVIDER-MISMATCH",
        Severity.ERROR,
        "A pricing modifier that the rendering provider's role does not bill",
        Sources.CMS_MODIFIERS);
  }

  private static RoleModifiers role(Claim claim, RuleContext ctx) {
    var provider = claim.renderingProvider();
    return provider == null || provider.role() == null
        ? null
        : ctx.codes().roleModifiers().get(provider.role());
  }

  @Override
  protected Collection<String> modifiers(Claim claim, RuleContext ctx) {
    RoleModifiers role = role(claim, ctx);
    return role == null ? Set.of() : role.notAllowed();
  }

  @Override
  protected String message(String modifier, Claim claim, RuleContext ctx) {
    return "Modifier "
        + modifier
        + " does not fit rendering role "
        + claim.renderingProvider().role()
        + ": "
        + role(claim, ctx).reason()
        + ".";
  }
}
