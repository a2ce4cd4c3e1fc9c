package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-IMAGING-MISSING: Imaging guidance not documented. */
public final class ImagingMissing extends DocumentedElementRule {
  public ImagingMissing() {
    super(
        "DOC-IMAGING-MISSING",
        Severity.ERROR,
        "Imaging guidance",
        "/documentation/imagingGuidance",
        d -> d.imagingGuidance() != null,
        Sources.NGS_A57826);
  }
}
