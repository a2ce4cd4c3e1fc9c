package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-INDICATION-MISSING: Indication not documented. */
public final class IndicationMissing extends DocumentedElementRule {
  public IndicationMissing() {
    super(
        "DOC-INDICATION-MISSING",
        Severity.ERROR,
        "Indication",
        "/documentation/indication",
        d -> text(d.indication()),
        Sources.OPENPAYER_01940);
  }
}
