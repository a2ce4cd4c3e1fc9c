package com.claims01940.functions.claim;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.testing.ValidationHandlerContract;
import com.claims01940.engine.ClaimValidator;
import java.util.List;
import java.util.function.Function;

class ClaimHandlerTest extends ValidationHandlerContract {
  @Override
  protected Function<ClaimValidator, ClaimValidationHandler> handler() {
    return ClaimHandler::new;
  }

  @Override
  protected String fixture() {
    return "claim";
  }

  @Override
  protected String aspect() {
    return "ALL";
  }

  @Override
  protected List<String> failCodes() {
    return List.of("MOD-PRICING-MISSING", "DOC-INDICATION-MISSING", "COV-DIAGNOSIS-REGION-MISMATCH");
  }
}
