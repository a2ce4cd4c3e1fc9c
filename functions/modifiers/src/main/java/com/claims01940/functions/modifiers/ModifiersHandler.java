package com.claims01940.functions.modifiers;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.api.Wiring;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.rules.Aspect;

/** POST /v1/claims/validate/modifiers: the modifier aspect of a 01940 claim. */
public final class ModifiersHandler extends ClaimValidationHandler {

  /** The Lambda runtime's constructor: ports from the container's environment. */
  public ModifiersHandler() {
    super(Aspect.MODIFIERS, Wiring::validator);
    Wiring.prepare();
  }

  public ModifiersHandler(ClaimValidator validator) {
    super(Aspect.MODIFIERS, validator);
  }
}
