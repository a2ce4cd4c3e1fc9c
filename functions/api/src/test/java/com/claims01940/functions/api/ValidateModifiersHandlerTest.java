package com.claims01940.functions.api;

import com.claims01940.http.testing.ValidationHandlerContract;
import java.util.List;

/**
 * The shared handler contract, run with this function's handler and events/modifiers-* fixtures.
 */
class ValidateModifiersHandlerTest extends ValidationHandlerContract {
  ValidateModifiersHandlerTest() {
    super(
        ValidateModifiersHandler::new,
        "modifiers",
        "MODIFIERS",
        List.of("MOD-PRICING-POSITION", "MOD-DUPLICATE", "MOD-NOT-APPLICABLE"));
  }
}
