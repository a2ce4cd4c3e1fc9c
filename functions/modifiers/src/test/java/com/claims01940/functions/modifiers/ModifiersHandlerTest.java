package com.claims01940.functions.modifiers;

import com.claims01940.aws.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/modifiers-* fixtures. */
class ModifiersHandlerTest extends ValidationHandlerContract {
  ModifiersHandlerTest() {
    super(ModifiersHandler::new, "modifiers", "MODIFIERS", List.of("MOD-PRICING-POSITION", "MOD-DUPLICATE", "MOD-NOT-APPLICABLE"));
  }
}
