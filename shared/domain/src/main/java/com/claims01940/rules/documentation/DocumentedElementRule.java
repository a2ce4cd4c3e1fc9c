package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.claim.Claim.Documentation;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Reference;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Severity;
import java.util.function.Predicate;

/** The shape of every "element X is not documented" rule: one field, one presence test. */
abstract class DocumentedElementRule extends Rule {
  private final String field;
  private final String element;
  private final Predicate<Documentation> documented;

  DocumentedElementRule(String code, Severity severity, String element, String field,
      Predicate<Documentation> documented, Reference reference) {
    super(code, Aspect.DOCUMENTATION, severity, false, element + " not documented", reference);
    this.field = field;
    this.element = element;
    this.documented = documented;
  }

  @Override
  public final void evaluate(Claim claim, RuleContext ctx) {
    if (claim.documentation() == null || !documented.test(claim.documentation())) {
      report(ctx, field, element + " is not documented.");
    }
  }

  static boolean text(String s) {
    return s != null && !s.isBlank();
  }
}
