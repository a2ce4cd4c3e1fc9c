package com.claims01940.rules;

import com.claims01940.claim.Claim;
import com.claims01940.codes.ClaimFacts;
import com.claims01940.policy.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The shape of the rules that report each modifier on the line that belongs to a set the code sets
 * name.
 */
public abstract class ModifierInSetRule extends Rule {
  protected ModifierInSetRule(
      String code, Severity severity, String description, Reference reference) {
    super(code, Aspect.MODIFIERS, severity, false, description, reference);
  }

  /** The modifiers this rule reports; empty where it does not apply to the claim. */
  protected abstract Collection<String> modifiers(Claim claim, RuleContext ctx);

  protected abstract String message(String modifier, Claim claim, RuleContext ctx);

  @Override
  public final List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (String m : ClaimFacts.modifiersIn(claim, modifiers(claim, ctx))) {
      out.add(finding(ClaimFacts.modifierField(claim, m), message(m, claim, ctx)));
    }
    return out;
  }

  /** "a, b or c", for descriptions that name a code list. */
  protected static String either(Collection<String> items) {
    List<String> list = List.copyOf(items);
    return list.size() < 2
        ? String.join("", list)
        : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }
}
