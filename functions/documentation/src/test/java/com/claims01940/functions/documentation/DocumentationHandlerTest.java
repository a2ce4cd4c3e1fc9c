package com.claims01940.functions.documentation;

import com.claims01940.aws.testing.ValidationHandlerContract;
import java.util.List;

/** The shared handler contract, run with this function's handler and events/documentation-* fixtures. */
class DocumentationHandlerTest extends ValidationHandlerContract {
  DocumentationHandlerTest() {
    super(DocumentationHandler::new, "documentation", "DOCUMENTATION", List.of("DOC-CONSENT-MISSING", "DOC-IMAGING-INVALID"));
  }
}
