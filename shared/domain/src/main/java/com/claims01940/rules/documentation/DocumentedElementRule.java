package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.claim.Claim.Documentation;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Reference;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The shape of every "element X is not documented" rule: one field, one presence test. */
abstract class DocumentedElementRule extends Rule {
  private final String field;
  private final String element;
  private final Predicate<Documentation> documented;

  DocumentedElementRule(
      String code,
      Severity severity,
      String element,
      String field,
      Predicate<Documentation> documented,
      Reference reference) {
    super(code, Aspect.DOCUMENTATION, severity, false, element + " not documented", reference);
    this.field = field;
    this.element = element;
    this.documented = documented;
  }

  @Override
  public final List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    if (claim.documentation() == null || !documented.test(claim.documentation())) {
      out.add(finding(field, element + " is not documented."));
    }
    return out;
  }

  static boolean text(String s) {
    return s != null && !s.isBlank();
  }
}
