package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-POSTPROCEDURE-MISSING: Post-procedure condition not documented. */
public final class PostProcedureMissing extends DocumentedElementRule {
  public PostProcedureMissing() {
    super(
        "DOC-POSTPROCEDURE-MISSING",
        Severity.ERROR,
        "Post-procedure condition",
        "/documentation/postProcedureCondition",
        d -> text(d.postProcedureCondition()),
        Sources.OPENPAYER_01940);
  }
}
