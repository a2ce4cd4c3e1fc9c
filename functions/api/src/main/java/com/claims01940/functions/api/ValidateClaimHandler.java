package com.claims01940.functions.api;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.http.ClaimValidationHandler;
import com.claims01940.rules.Scope;
import com.claims01940.wiring.Wiring;

/** POST /v1/claims/validate: all three aspects of a 01940 claim in one response. */
public final class ValidateClaimHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ValidateClaimHandler() {
    super(Scope.ALL, Wiring::validator);
    Wiring.prepare(Scope.ALL, () -> ApiPriming.steps(this));
  }

  public ValidateClaimHandler(ClaimValidator validator) {
    super(Scope.ALL, validator);
  }
}
