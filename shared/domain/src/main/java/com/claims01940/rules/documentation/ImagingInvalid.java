package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** DOC-IMAGING-INVALID: guidance other than fluoroscopy or CT. */
public final class ImagingInvalid extends Rule {
  public ImagingInvalid() {
    super(
        "DOC-IMAGING-INVALID",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "Imaging guidance other than FLUOROSCOPY or CT",
        Sources.NGS_A57826);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var doc = claim.documentation();
    if (doc != null
        && doc.imagingGuidance() != null
        && !ctx.codes().imagingAllowed().contains(doc.imagingGuidance())) {
      out.add(
          finding(
              "/documentation/imagingGuidance",
              "Imaging guidance "
                  + doc.imagingGuidance()
                  + " does not meet the image-guided descriptor; fluoroscopy or CT is required."));
    }
    return out;
  }
}
