package com.claims01940.functions.api;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.http.ClaimValidationHandler;
import com.claims01940.rules.Scope;
import com.claims01940.wiring.Wiring;

/** POST /v1/claims/validate/modifiers: the modifier aspect of a 01940 claim. */
public final class ValidateModifiersHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ValidateModifiersHandler() {
    super(Scope.MODIFIERS, Wiring::validator);
    Wiring.prepare(Scope.MODIFIERS, () -> ApiPriming.steps(this));
  }

  public ValidateModifiersHandler(ClaimValidator validator) {
    super(Scope.MODIFIERS, validator);
  }
}
