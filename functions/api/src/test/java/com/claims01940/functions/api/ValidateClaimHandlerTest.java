package com.claims01940.functions.api;

import com.claims01940.http.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/claim-* fixtures. */
class ValidateClaimHandlerTest extends ValidationHandlerContract {
  ValidateClaimHandlerTest() {
    super(
        ValidateClaimHandler::new,
        "claim",
        "ALL",
        List.of("MOD-PRICING-MISSING", "DOC-INDICATION-MISSING", "COV-DIAGNOSIS-REGION-MISMATCH"));
  }
}
