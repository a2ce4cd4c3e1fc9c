package com.claims01940.functions.api;

import com.claims01940.http.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/coverage-* fixtures. */
class ValidateCoverageHandlerTest extends ValidationHandlerContract {
  ValidateCoverageHandlerTest() {
    super(
        ValidateCoverageHandler::new,
        "coverage",
        "COVERAGE",
        List.of("COV-PRIOR-AUTH-MISSING", "COV-MODALITY-NOT-COVERED"));
  }
}
