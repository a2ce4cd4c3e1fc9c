package com.claims01940.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a method and path find their route, as API Gateway matches them (and the local stack). */
class RoutesTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "POST, /v1/claims/validate, POST /v1/claims/validate",
    "POST, /v1/claims/validate/coverage, POST /v1/claims/validate/coverage",
    "GET, /v1/payers/AETNA/policy, GET /v1/payers/{payerId}/policy",
    "PUT, /v1/payers/AETNA/policies/2026-01-01, PUT /v1/payers/{payerId}/policies/{effectiveFrom}",
    "GET, /v1/payers/AETNA/policies/2026-01-01/history,"
        + " GET /v1/payers/{payerId}/policies/{effectiveFrom}/history",
    "GET, /v1/uploads/abc, GET /v1/uploads/{uploadId}",
  })
  void aRouteIsFound(String method, String path, String routeKey) {
    var found = assertInstanceOf(Routes.Match.Found.class, Routes.match(Routes.ALL, method, path));
    assertEquals(routeKey, found.route().routeKey());
  }

  @ParameterizedTest(name = "{0} {1} -> 405 allowing {2}")
  @CsvSource({
    "GET, /v1/claims/validate, POST",
    "DELETE, /v1/payers/AETNA/policies/2026-01-01, PUT",
    "POST, /v1/uploads/abc, GET",
  })
  void aKnownPathWithAnotherMethodIsWrongMethod(String method, String path, String allowed) {
    var wrong =
        assertInstanceOf(Routes.Match.WrongMethod.class, Routes.match(Routes.ALL, method, path));
    assertEquals(List.of(allowed), wrong.allowed());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/v1/claims",
    "/v1/claims/validate/",
    "/v1/payers//policy",
    "/v1/payers/AETNA/policy/extra",
    "/v2/payers",
  })
  void anythingElseIsNotFound(String path) {
    assertInstanceOf(Routes.Match.NotFound.class, Routes.match(Routes.ALL, "GET", path));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "/v1/payers/{payerId}/policy, /v1/payers/BLUE%20CROSS/policy, BLUE CROSS",
    "/v1/payers/{payerId}/policy, /v1/payers/a%2Fb/policy, a/b",
  })
  void pathParametersAreDecoded(String template, String path, String payerId) {
    assertEquals(Map.of("payerId", payerId), Routes.pathParameters(template, path));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "/v1/payers/{payerId}/policy, /v1/payers/AETNA",
    "/v1/payers/{payerId}/policy, /v1/payers/AETNA/policies",
    "/v1/rules, /v1/rule",
  })
  void aPathOfAnotherShapeHasNoParameters(String template, String path) {
    assertNull(Routes.pathParameters(template, path));
  }
}
