package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-ANESTHESIA-TYPE-MISSING: Anesthesia type not documented. */
public final class AnesthesiaTypeMissing extends DocumentedElementRule {
  public AnesthesiaTypeMissing() {
    super(
        "DOC-ANESTHESIA-TYPE-MISSING",
        Severity.ERROR,
        "Anesthesia type",
        "/documentation/anesthesiaType",
        d -> d.anesthesiaType() != null,
        Sources.OPENPAYER_01940);
  }
}
