package com.claims01940.rules;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Param;
import java.util.List;

/**
 * One rule: a stable finding code, the aspect it belongs to, a default severity, and a check.
 * Thresholds, code lists and switches come from {@link CodeSets} or the payer policy, never from
 * constants here. A rule reports through {@link #report}; it never throws on odd input.
 */
public abstract class Rule {
  private final RuleInfo info;

  protected Rule(String code, Aspect aspect, Severity severity, boolean perPayer, String description,
      Reference reference) {
    this.info = new RuleInfo(code, aspect, severity, perPayer, description, List.of(reference));
  }

  public final RuleInfo info() {
    return info;
  }

  public final String code() {
    return info.code();
  }

  public final Aspect aspect() {
    return info.aspect();
  }

  public abstract void evaluate(Claim claim, RuleContext ctx);

  /** Reports a finding at the rule's default severity. */
  protected final void report(RuleContext ctx, String field, String message, Param<?>... basis) {
    report(ctx, info.defaultSeverity(), field, message, basis);
  }

  protected final void report(RuleContext ctx, Severity severity, String field, String message,
      Param<?>... basis) {
    ctx.add(new Finding(info.code(), info.aspect(), severity, field, message, info.references().get(0),
        List.of(basis)));
  }
}
