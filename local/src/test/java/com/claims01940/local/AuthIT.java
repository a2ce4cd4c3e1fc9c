package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.json.Json;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22 on the local stack: its authorizer checks tokens as API Gateway's JWT authorizer does
 * (signature, issuer, audience, expiry, not-before) and each route's scopes; hostile tokens are a
 * 401, a token without the route's scope a 403 naming it, and never a 5xx.
 */
class AuthIT {

  static LocalAuth auth() {
    return SharedStack.get().auth();
  }

  static HttpResponse<String> call(String method, String path, String token) throws Exception {
    String body =
        method.equals("POST")
            ? Files.readString(
                Path.of("../shared/domain/src/test/resources/claims/clean-claim.json"))
            : null;
    return SharedStack.send(method, path, token, body, null);
  }

  /** A staff token's claims, changed by the test. */
  static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(auth().issuer())
            .audience(auth().audience())
            .subject("mallory")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
            .claim("scope", "claims.validate uploads.write");
    return auth().token(change.apply(claims).build());
  }

  @Test
  void aStaffTokenValidatesAClaim() throws Exception {
    HttpResponse<String> r =
        call("POST", "/v1/claims/validate", SharedStack.get().token(LocalAuth.Role.STAFF));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(200, call("POST", "/v1/claims/validate", token(c -> c)).statusCode());
  }

  @Test
  void noTokenIsA401ProblemNamingWhy() throws Exception {
    HttpResponse<String> r = call("GET", "/v1/rules", null);
    assertEquals(401, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("content-type").orElse(""));
    assertEquals("Bearer", r.headers().firstValue("www-authenticate").orElse(""));
    assertTrue(Json.MAPPER.readTree(r.body()).path("detail").asText().contains("No bearer token"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "wrong issuer",
        "wrong audience",
        "expired",
        "not yet valid",
        "no subject",
        "alg none",
        "bad signature",
        "another stack's key",
        "not a JWT"
      })
  void hostileTokensAre401NeverA5xx(String kind) throws Exception {
    Instant now = Instant.now();
    String token =
        switch (kind) {
          case "wrong issuer" -> token(c -> c.issuer("https://evil.example.com/"));
          case "wrong audience" -> token(c -> c.audience("someone-else"));
          case "expired" ->
              token(c -> c.expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))));
          case "not yet valid" -> token(c -> c.notBeforeTime(Date.from(now.plusSeconds(600))));
          case "no subject" -> token(c -> c.subject(null));
          case "alg none" ->
              new PlainJWT(new PlainHeader(), JWTClaimsSet.parse(payload(token(c -> c))))
                  .serialize();
          case "bad signature" -> {
            String good = token(c -> c);
            yield good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
          }
          case "another stack's key" -> {
            SignedJWT jwt =
                new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                    JWTClaimsSet.parse(payload(token(c -> c))));
            jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            yield jwt.serialize();
          }
          default -> "not-a-jwt";
        };
    for (String[] route :
        new String[][] {{"GET", "/v1/rules"}, {"POST", "/v1/claims/validate"}, {"GET", "/v1/x"}}) {
      HttpResponse<String> r = call(route[0], route[1], token);
      assertEquals(401, r.statusCode(), kind + " on " + route[1] + ": " + r.body());
      assertEquals("application/problem+json", r.headers().firstValue("content-type").orElse(""));
    }
  }

  static String payload(String jwt) {
    return new String(
        java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aTokenWithoutTheRoutesScopeIsA403NamingIt() throws Exception {
    String none = SharedStack.get().token(LocalAuth.Role.NONE);
    HttpResponse<String> r = call("POST", "/v1/claims/validate", none);
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(
        Json.MAPPER.readTree(r.body()).path("detail").asText().contains("claims.validate"),
        r.body());
    assertEquals(403, call("GET", "/v1/codesets", none).statusCode());
    String validateOnly = token(c -> c.claim("scope", "claims.validate"));
    assertEquals(200, call("GET", "/v1/rules", validateOnly).statusCode());
    HttpResponse<String> uploads =
        call("GET", "/v1/uploads/" + java.util.UUID.randomUUID(), validateOnly);
    assertEquals(403, uploads.statusCode());
    assertTrue(uploads.body().contains("uploads.write"), uploads.body());
    String uploadsOnly = token(c -> c.claim("scope", "uploads.write"));
    assertEquals(403, call("GET", "/v1/rules", uploadsOnly).statusCode());
    assertEquals(404, call("GET", "/v1/nowhere", uploadsOnly).statusCode(), "$default: any scope");
  }

  @Test
  void theSigningKeysArePublished() throws Exception {
    HttpResponse<String> r = call("GET", "/.well-known/jwks.json", null);
    assertEquals(200, r.statusCode());
    var key = Json.MAPPER.readTree(r.body()).path("keys").get(0);
    assertEquals("RSA", key.path("kty").asText());
    assertTrue(key.path("d").isMissingNode(), "only the public key");
  }

  /** local/token.sh prints a token the running stack accepts. */
  @Test
  void tokenShMintsATokenForTheRunningStack() throws Exception {
    SharedStack.get();
    Process p =
        new ProcessBuilder(
                "java",
                "-cp",
                System.getProperty("java.class.path"),
                "com.claims01940.local.LocalTokenCli",
                "lead",
                "--sub",
                "lee",
                "--org",
                "acme")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    assertEquals(0, p.waitFor(), out);
    var claims = JWTClaimsSet.parse(payload(out));
    assertEquals("lee", claims.getSubject());
    assertEquals("acme", claims.getStringClaim("org"));
    assertTrue(claims.getStringClaim("scope").contains("policies.write"));
    assertEquals(200, call("GET", "/v1/rules", out).statusCode());
  }
}
