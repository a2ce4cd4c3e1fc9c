package com.claims01940.functions.documentation;

import com.claims01940.aws.api.ClaimValidationHandler;
import com.claims01940.aws.testing.ValidationHandlerContract;
import com.claims01940.engine.ClaimValidator;
import java.util.List;
import java.util.function.Function;

class DocumentationHandlerTest extends ValidationHandlerContract {
  @Override
  protected Function<ClaimValidator, ClaimValidationHandler> handler() {
    return DocumentationHandler::new;
  }

  @Override
  protected String fixture() {
    return "documentation";
  }

  @Override
  protected String aspect() {
    return "DOCUMENTATION";
  }

  @Override
  protected List<String> failCodes() {
    return List.of("DOC-CONSENT-MISSING", "DOC-IMAGING-INVALID");
  }
}
