package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * COV-CLAIM-UNBALANCED: the claim's total charge (837P CLM02) is not the sum of its line charges
 * (SV102), a SNIP type 3 (balancing) edit that a clearinghouse rejects before any payer sees it.
 */
public final class ClaimUnbalanced extends Rule {
  public ClaimUnbalanced() {
    super(
        "COV-CLAIM-UNBALANCED",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "The claim's total charge (837P CLM02) differs from the sum of its line charges (SV102)",
        Sources.X12_837P_BALANCING);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    Claim.Charges c = claim.charges();
    if (c == null || c.total() == null || c.lines() == null) {
      return List.of();
    }
    BigDecimal total = cents(c.total());
    BigDecimal lines = cents(c.lines());
    if (total.compareTo(lines) == 0) {
      return List.of();
    }
    return List.of(
        finding(
            "/charges/total",
            "The claim's total charge "
                + total.toPlainString()
                + " is not the sum of its line charges, "
                + lines.toPlainString()
                + "."));
  }

  private static BigDecimal cents(Double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }
}
