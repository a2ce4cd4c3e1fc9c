package com.claims01940.rules.coverage;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * COV-QUALIFYING-CIRCUMSTANCE-DUPLICATE: the same qualifying-circumstance code twice; it is paid
 * once.
 */
public final class QualifyingCircumstanceDuplicate extends Rule {
  public QualifyingCircumstanceDuplicate() {
    super(
        "COV-QUALIFYING-CIRCUMSTANCE-DUPLICATE",
        Aspect.COVERAGE,
        Severity.ERROR,
        false,
        "The same qualifying-circumstance code reported twice (paid once)",
        Sources.QUALIFYING_CIRCUMSTANCES);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> codes = claim.anesthesia().qualifyingCircumstances();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      if (!seen.add(codes.get(i))) {
        out.add(
            finding(
                "/anesthesia/qualifyingCircumstances/" + i,
                codes.get(i)
                    + " is reported more than once; a qualifying circumstance is reported, and paid,"
                    + " once per anesthesia."));
      }
    }
    return out;
  }
}
