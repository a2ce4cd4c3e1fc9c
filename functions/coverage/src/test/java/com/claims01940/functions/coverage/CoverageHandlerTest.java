package com.claims01940.functions.coverage;

import com.claims01940.aws.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/coverage-* fixtures. */
class CoverageHandlerTest extends ValidationHandlerContract {
  CoverageHandlerTest() {
    super(CoverageHandler::new, "coverage", "COVERAGE", List.of("COV-PRIOR-AUTH-MISSING", "COV-MODALITY-NOT-COVERED"));
  }
}
