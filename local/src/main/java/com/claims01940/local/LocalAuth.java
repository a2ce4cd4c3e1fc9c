package com.claims01940.local;

import com.claims01940.local.servers.RepoPaths;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The local stack's JWT authorizer, doing what API Gateway's does on AWS with a well-kept library
 * (nimbus-jose-jwt): an RS256 signing key made at start-up and published as a JWKS, tokens checked
 * for signature, issuer and audience (the template's JwtIssuer/JwtAudience defaults), expiry and
 * not-before; the verified claims and scopes handed to the function as API Gateway hands them.
 */
public final class LocalAuth {
  /** The roles `local/token.sh` mints tokens for (contract v1.2 "Who may do what"). */
  public enum Role {
    STAFF(List.of("claims.validate", "uploads.write")),
    LEAD(List.of("claims.validate", "uploads.write", "policies.write")),
    NONE(List.of());

    public final List<String> scopes;

    Role(List<String> scopes) {
      this.scopes = scopes;
    }
  }

  /**
   * A token the authorizer accepted: its claims as strings (as API Gateway passes them), scopes.
   */
  public record Verified(Map<String, String> claims, List<String> scopes) {}

  /** Why a token was refused (the detail of the 401). */
  public static final class Rejected extends Exception {
    Rejected(String message) {
      super(message);
    }
  }

  private final RSAKey key;
  private final String issuer;
  private final String audience;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  LocalAuth(RSAKey key, String issuer, String audience) {
    this.key = key;
    this.issuer = issuer;
    this.audience = audience;
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")));
  }

  /** A fresh key for the template's issuer and (first) audience. */
  public static LocalAuth generate(SamTemplate template) {
    try {
      return new LocalAuth(
          new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate(),
          parameterDefault(template, "JwtIssuer"),
          parameterDefault(template, "JwtAudience").split(",")[0].strip());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot make a signing key", e);
    }
  }

  private static String parameterDefault(SamTemplate template, String name) {
    return template.document().path("Parameters").path(name).path("Default").asText();
  }

  /** Where the running stack keeps its key, for `local/token.sh`. */
  public static Path keyFile() {
    return RepoPaths.root().resolve("local/target/local-auth/key.json");
  }

  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("issuer", issuer);
    json.put("audience", audience);
    json.put("key", key.toJSONObject());
    Files.writeString(
        file, com.claims01940.json.Json.MAPPER.writeValueAsString(json), StandardCharsets.UTF_8);
  }

  public static LocalAuth load(Path file) throws IOException {
    var json = com.claims01940.json.Json.MAPPER.readTree(file.toFile());
    try {
      return new LocalAuth(
          RSAKey.parse(json.path("key").toString()),
          json.path("issuer").asText(),
          json.path("audience").asText());
    } catch (ParseException e) {
      throw new IOException("unreadable key in " + file, e);
    }
  }

  /** The public key set ({@code GET /.well-known/jwks.json}). */
  public String jwks() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  /** A token for the role, valid for an hour, with {@code org} when given. */
  public String token(Role role, String subject, String organisation) {
    return token(
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(subject)
            .issueTime(Date.from(Instant.now()))
            .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
            .claim("scope", String.join(" ", role.scopes))
            .claim("org", organisation)
            .build());
  }

  /** Any claims, signed with this stack's key (the hostile-token tests build their own). */
  public String token(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  /** The Authorization header's bearer token, verified; Rejected saying why not. */
  public Verified verify(String authorization) throws Rejected {
    if (authorization == null
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.length() <= 7) {
      throw new Rejected("No bearer token in the Authorization header.");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(authorization.substring(7).strip(), null);
    } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | JOSEException e) {
      throw new Rejected("The token is not valid for this API.");
    }
    Map<String, String> out = new LinkedHashMap<>();
    claims
        .getClaims()
        .forEach(
            (name, value) ->
                out.put(
                    name,
                    value instanceof Date d
                        ? Long.toString(d.toInstant().getEpochSecond())
                        : value instanceof List<?> l
                            ? "[" + String.join(" ", l.stream().map(String::valueOf).toList()) + "]"
                            : String.valueOf(value)));
    String scope = out.getOrDefault("scope", "");
    List<String> scopes = Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).toList();
    return new Verified(out, scopes);
  }

  /** ROLE as `local/token.sh` takes it: staff, lead or none. */
  public static Role role(String name) {
    return Role.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
