package com.claims01940.rules;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import java.util.Collection;
import java.util.List;

/**
 * The shape of the rules that allow at most one modifier of a set on the line; the second one is
 * reported.
 */
public abstract class AtMostOneOfSetRule extends Rule {
  protected AtMostOneOfSetRule(String code, String description, Reference reference) {
    super(code, Aspect.MODIFIERS, Severity.ERROR, false, description, reference);
  }

  /** The set of which the line may carry one. */
  protected abstract Collection<String> set(RuleContext ctx);

  /** What to say, given the set's modifiers found on the line (two or more, in position order). */
  protected abstract String message(List<String> found);

  @Override
  public final List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<String> found = ClaimFacts.modifiersIn(claim, set(ctx));
    return found.size() < 2
        ? List.of()
        : List.of(finding(ClaimFacts.modifierField(claim, found.get(1)), message(found)));
  }
}
