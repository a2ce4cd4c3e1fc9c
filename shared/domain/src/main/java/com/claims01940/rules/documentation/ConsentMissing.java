package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-CONSENT-MISSING: Informed consent not documented. */
public final class ConsentMissing extends DocumentedElementRule {
  public ConsentMissing() {
    super(
        "DOC-CONSENT-MISSING",
        Severity.ERROR,
        "Informed consent",
        "/documentation/informedConsent",
        d -> Boolean.TRUE.equals(d.informedConsent()),
        Sources.OPENPAYER_01940);
  }
}
