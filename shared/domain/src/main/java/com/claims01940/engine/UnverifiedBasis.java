package com.claims01940.engine;

import com.claims01940.policy.Param;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.RuleInfo;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's phase after the rules: COV-POLICY-UNVERIFIED for each finding that rests on a payer
 * value not yet verified against the payer's own text (once per finding code and value), so a
 * biller knows to check.
 */
final class UnverifiedBasis {
  private UnverifiedBasis() {}

  static final RuleInfo INFO =
      new RuleInfo(
          "COV-POLICY-UNVERIFIED",
          Scope.COVERAGE,
          Severity.INFO,
          false,
          "A rule that fired rests on a payer value not verified against the payer's own text",
          List.of(Sources.POLICY_PROVENANCE));

  static List<Finding> of(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Finding finding : findings) {
      for (Param<?> p : finding.basis()) {
        if (!p.verified() && seen.add(finding.code() + "|" + p.name())) {
          out.add(
              new Finding(
                  INFO.code(),
                  Aspect.COVERAGE,
                  INFO.defaultSeverity(),
                  finding.field(),
                  finding.code()
                      + " rests on the payer value '"
                      + p.name()
                      + "', which is not yet verified against the payer's own"
                      + " text (source: "
                      + String.join("; ", p.sources())
                      + "). Check the contract.",
                  INFO.references().get(0),
                  List.of()));
        }
      }
    }
    return out;
  }
}
