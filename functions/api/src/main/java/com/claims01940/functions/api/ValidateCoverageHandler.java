package com.claims01940.functions.api;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.http.ClaimValidationHandler;
import com.claims01940.rules.Scope;
import com.claims01940.wiring.Wiring;

/**
 * POST /v1/claims/validate/coverage: payer coverage of a 01940 claim, with the payment estimate.
 */
public final class ValidateCoverageHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ValidateCoverageHandler() {
    super(Scope.COVERAGE, Wiring::validator);
    Wiring.prepare(Scope.COVERAGE, () -> ApiPriming.steps(this));
  }

  public ValidateCoverageHandler(ClaimValidator validator) {
    super(Scope.COVERAGE, validator);
  }
}
