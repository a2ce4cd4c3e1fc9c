package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-PREANESTHESIA-EVAL-MISSING: Pre-anesthesia evaluation not documented. */
public final class PreAnesthesiaEvalMissing extends DocumentedElementRule {
  public PreAnesthesiaEvalMissing() {
    super(
        "DOC-PREANESTHESIA-EVAL-MISSING",
        Severity.ERROR,
        "Pre-anesthesia evaluation",
        "/documentation/preAnesthesiaEvaluation",
        d -> Boolean.TRUE.equals(d.preAnesthesiaEvaluation()),
        Sources.CFR_415_110);
  }
}
