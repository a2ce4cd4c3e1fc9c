package com.claims01940.functions.claim;

import com.claims01940.aws.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/claim-* fixtures. */
class ClaimHandlerTest extends ValidationHandlerContract {
  ClaimHandlerTest() {
    super(ClaimHandler::new, "claim", "ALL", List.of("MOD-PRICING-MISSING", "DOC-INDICATION-MISSING", "COV-DIAGNOSIS-REGION-MISMATCH"));
  }
}
