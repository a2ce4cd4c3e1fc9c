package com.claims01940.functions.coverage;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.testing.ValidationHandlerContract;
import com.claims01940.engine.ClaimValidator;
import java.util.List;
import java.util.function.Function;

class CoverageHandlerTest extends ValidationHandlerContract {
  @Override
  protected Function<ClaimValidator, ClaimValidationHandler> handler() {
    return CoverageHandler::new;
  }

  @Override
  protected String fixture() {
    return "coverage";
  }

  @Override
  protected String aspect() {
    return "COVERAGE";
  }

  @Override
  protected List<String> failCodes() {
    return List.of("COV-PRIOR-AUTH-MISSING", "COV-MODALITY-NOT-COVERED");
  }
}
