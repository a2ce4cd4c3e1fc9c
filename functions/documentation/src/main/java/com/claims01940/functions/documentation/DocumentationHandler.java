package com.claims01940.functions.documentation;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.api.Wiring;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.rules.Aspect;

/** POST /v1/claims/validate/documentation: the documentation aspect of a 01940 claim. */
public final class DocumentationHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public DocumentationHandler() {
    super(Aspect.DOCUMENTATION, Wiring::validator);
    Wiring.prepare();
  }

  public DocumentationHandler(ClaimValidator validator) {
    super(Aspect.DOCUMENTATION, validator);
  }
}
