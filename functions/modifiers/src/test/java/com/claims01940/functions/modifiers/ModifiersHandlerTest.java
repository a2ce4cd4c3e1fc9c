package com.claims01940.functions.modifiers;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.testing.ValidationHandlerContract;
import com.claims01940.engine.ClaimValidator;
import java.util.List;
import java.util.function.Function;

class ModifiersHandlerTest extends ValidationHandlerContract {
  @Override
  protected Function<ClaimValidator, ClaimValidationHandler> handler() {
    return ModifiersHandler::new;
  }

  @Override
  protected String fixture() {
    return "modifiers";
  }

  @Override
  protected String aspect() {
    return "MODIFIERS";
  }

  @Override
  protected List<String> failCodes() {
    return List.of("MOD-PRICING-POSITION", "MOD-DUPLICATE", "MOD-NOT-APPLICABLE");
  }
}
