package com.claims01940.functions.claim;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.api.Wiring;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.rules.Aspect;

/** POST /v1/claims/validate: all three aspects of a 01940 claim in one response. */
public final class ClaimHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ClaimHandler() {
    super(Aspect.ALL, Wiring::validator);
    Wiring.prepare();
  }

  public ClaimHandler(ClaimValidator validator) {
    super(Aspect.ALL, validator);
  }
}
