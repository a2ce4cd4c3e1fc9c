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
 * The engine's phase after the rules (contract v1.2 "Honest severity"): a finding that rests on a
 * payer value not yet verified against the payer's own text is reported at most as a WARNING, and
 * COV-POLICY-UNVERIFIED (INFO) stands beside it (once per finding code and value), so a biller
 * knows to check. Once the value is marked verified the finding keeps its rule's severity. No rule
 * changes.
 */
final class UnverifiedBasis {
  private UnverifiedBasis() {}

  static final RuleInfo INFO =
      new RuleInfo(
          "COV-POLICY-UNVERIFIED",
          Scope.COVERAGE,
          Severity.INFO,
          false,
          "A rule that fired rests on a payer value not verified against the payer's own text; that"
              + " finding is then at most a WARNING (an ERROR needs a verified basis)",
          List.of(Sources.POLICY_PROVENANCE));

  /** Each ERROR that rests on an unverified value, as a WARNING saying why; the rest unchanged. */
  static List<Finding> capped(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      List<String> unverified =
          f.basis().stream().filter(p -> !p.verified()).map(Param::name).distinct().toList();
      if (f.severity() == Severity.ERROR && !unverified.isEmpty()) {
        out.add(
            new Finding(
                f.code(),
                f.aspect(),
                Severity.WARNING,
                f.field(),
                f.message()
                    + " (A WARNING, not an ERROR: it rests on the unverified payer value "
                    + String.join(", ", unverified.stream().map(n -> "'" + n + "'").toList())
                    + ".)",
                f.reference(),
                f.basis()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

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
