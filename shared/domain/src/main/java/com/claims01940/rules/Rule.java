package com.claims01940.rules;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Param;
import com.claims01940.policy.Severity;
import java.util.List;

/**
 * One rule: a stable finding code, the aspect it belongs to, a default severity, and a check that
 * returns its findings. Thresholds, code lists and switches come from the code sets or the payer
 * policy, never from constants here. A rule never throws on odd input; if it does, the engine
 * reports it.
 */
public abstract class Rule {
  private final RuleInfo info;
  private final Aspect aspect;

  protected Rule(
      String code,
      Aspect aspect,
      Severity severity,
      boolean perPayer,
      String description,
      Reference reference) {
    this.aspect = aspect;
    this.info =
        new RuleInfo(code, Scope.of(aspect), severity, perPayer, description, List.of(reference));
  }

  public final RuleInfo info() {
    return info;
  }

  public final String code() {
    return info.code();
  }

  public final Aspect aspect() {
    return aspect;
  }

  public abstract List<Finding> evaluate(Claim claim, RuleContext ctx);

  /** A finding at the rule's default severity, resting on the given payer values. */
  protected final Finding finding(String field, String message, Param<?>... basis) {
    return finding(info.defaultSeverity(), field, message, basis);
  }

  protected final Finding finding(
      Severity severity, String field, String message, Param<?>... basis) {
    return new Finding(
        info.code(), aspect, severity, field, message, info.references().get(0), List.of(basis));
  }
}
