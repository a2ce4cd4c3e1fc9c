package com.claims01940.functions.api;

import com.claims01940.http.testing.ValidationHandlerContract;
import java.util.List;

/**
 * The shared handler contract, run with this function's handler and events/documentation-*
 * fixtures.
 */
class ValidateDocumentationHandlerTest extends ValidationHandlerContract {
  ValidateDocumentationHandlerTest() {
    super(
        ValidateDocumentationHandler::new,
        "documentation",
        "DOCUMENTATION",
        List.of("DOC-CONSENT-MISSING", "DOC-IMAGING-INVALID"));
  }
}
