package com.claims01940.functions.coverage;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.api.Wiring;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.rules.Aspect;

/** POST /v1/claims/validate/coverage: payer coverage of a 01940 claim, with the payment estimate. */
public final class CoverageHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public CoverageHandler() {
    super(Aspect.COVERAGE, Wiring::validator);
    Wiring.prepare();
  }

  public CoverageHandler(ClaimValidator validator) {
    super(Aspect.COVERAGE, validator);
  }
}
