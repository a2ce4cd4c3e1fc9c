package com.claims01940.local;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.claims01940.http.Routes;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * functions/openapi.yaml as a contract the running API is held to: a response to a documented route
 * must be one the document declares for that status, with the declared content type, every required
 * field and no field it does not know. A drift between code and document fails the test that
 * received the response.
 */
final class OpenApiContract {
  private OpenApiContract() {}

  static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(
              Path.of("../functions/openapi.yaml").toAbsolutePath().toUri().toString())
          .build();

  /**
   * Every way the response departs from the document; empty for a response to an undocumented
   * route.
   */
  static List<String> problems(String method, String path, HttpResponse<String> response) {
    return problems(method, path, response.statusCode(), response.headers().map(), response.body());
  }

  static List<String> problems(
      String method, String path, int status, Map<String, List<String>> headers, String body) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (!(Routes.match(Routes.ALL, method, bare) instanceof Routes.Match.Found)) {
      return List.of();
    }
    SimpleResponse.Builder r = SimpleResponse.Builder.status(status).withBody(body);
    headers.forEach(r::withHeader);
    return VALIDATOR
        .validateResponse(bare, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), r.build())
        .getMessages()
        .stream()
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
