package com.claims01940.functions.api;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.http.ClaimValidationHandler;
import com.claims01940.rules.Scope;
import com.claims01940.wiring.Wiring;

/** POST /v1/claims/validate/documentation: the documentation aspect of a 01940 claim. */
public final class ValidateDocumentationHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ValidateDocumentationHandler() {
    super(Scope.DOCUMENTATION, Wiring::validator);
    Wiring.prepare(Scope.DOCUMENTATION, () -> ApiPriming.steps(this));
  }

  public ValidateDocumentationHandler(ClaimValidator validator) {
    super(Scope.DOCUMENTATION, validator);
  }
}
