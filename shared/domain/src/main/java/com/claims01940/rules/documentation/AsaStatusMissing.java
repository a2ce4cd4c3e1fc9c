package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-ASA-STATUS-MISSING: ASA physical status not documented. */
public final class AsaStatusMissing extends DocumentedElementRule {
  public AsaStatusMissing() {
    super(
        "DOC-ASA-STATUS-MISSING",
        Severity.WARNING,
        "ASA physical status",
        "/documentation/asaPhysicalStatus",
        d -> d.asaPhysicalStatus() != null,
        Sources.REGENCE_PS);
  }
}
