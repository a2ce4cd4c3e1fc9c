package com.claims01940.http;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An RFC 9457 problem: every 4xx/5xx body. {@code errors} lists every problem found. */
@JsonPropertyOrder({"type", "title", "status", "detail", "errors", "requestId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String requestId) {

  private static final String BASE = "https://claims01940.example/problems/";

  public Problem withRequestId(String id) {
    return new Problem(type, title, status, detail, errors, id);
  }

  public static Problem badRequest(List<FieldError> errors) {
    return new Problem(
        BASE + "invalid-request",
        "The request is not a valid claim",
        400,
        errors.size() + " problem(s) found; see errors.",
        errors,
        null);
  }

  public static Problem badRequest(String field, String message) {
    return badRequest(List.of(new FieldError(field, message)));
  }

  /** No valid token: what the local stack's authorizer answers (API Gateway's own body on AWS). */
  public static Problem unauthorized(String detail) {
    return new Problem(BASE + "unauthorized", "Unauthorized", 401, detail, null, null);
  }

  /** A valid token without the route's scope, naming the scope it needs. */
  public static Problem forbidden(List<String> needed, List<String> held) {
    return new Problem(
        BASE + "missing-scope",
        "Forbidden",
        403,
        "This route needs the scope "
            + String.join(" or ", needed)
            + "; the token has "
            + (held.isEmpty() ? "none" : String.join(", ", held))
            + ".",
        List.of(new FieldError("", "the token lacks the scope " + String.join(" or ", needed))),
        null);
  }

  /** A policy document the editor will not write: every field at fault, as JSON Pointers. */
  public static Problem invalidPolicy(String detail, List<FieldError> errors) {
    return new Problem(
        BASE + "invalid-policy", "The policy document is not valid", 400, detail, errors, null);
  }

  /** Another item of the payer covers the same dates, or the payer kept changing meanwhile. */
  public static Problem conflict(String detail, List<FieldError> errors) {
    return new Problem(
        BASE + "conflict", "Conflict", 409, detail, errors.isEmpty() ? null : errors, null);
  }

  /** If-Match names a revision that is not the stored one (or there is nothing to replace). */
  public static Problem preconditionFailed(String detail) {
    return new Problem(
        BASE + "precondition-failed", "Precondition failed", 412, detail, null, null);
  }

  /** A replacement sent without If-Match: it could overwrite a change its sender never saw. */
  public static Problem preconditionRequired(String detail) {
    return new Problem(
        BASE + "precondition-required", "Precondition required", 428, detail, null, null);
  }

  public static Problem notFound(String detail) {
    return new Problem(BASE + "not-found", "Not found", 404, detail, null, null);
  }

  public static Problem methodNotAllowed(String method, List<String> allowed) {
    return new Problem(
        BASE + "method-not-allowed",
        "Method not allowed",
        405,
        method + " is not allowed here; use " + String.join(", ", allowed) + ".",
        null,
        null);
  }

  public static Problem tooLarge(int limit) {
    return new Problem(
        BASE + "payload-too-large",
        "Payload too large",
        413,
        "The body exceeds " + limit + " bytes.",
        List.of(new FieldError("", "body must be at most " + limit + " bytes")),
        null);
  }

  public static Problem unsupportedMediaType() {
    return new Problem(
        BASE + "unsupported-media-type",
        "Unsupported media type",
        415,
        "Send the claim as Content-Type: application/json.",
        List.of(new FieldError("", "Content-Type must be application/json")),
        null);
  }

  public static Problem outOfScope(ClaimReadResult.OutOfScope out) {
    return new Problem(
        BASE + "procedure-out-of-scope",
        "Procedure code out of scope",
        422,
        out.message(),
        List.of(out.error()),
        null);
  }

  public static Problem unavailable(String detail) {
    return new Problem(
        BASE + "policy-store-unavailable", "Service unavailable", 503, detail, null, null);
  }

  public static Problem internal() {
    return new Problem(
        BASE + "internal-error",
        "Internal error",
        500,
        "The request could not be processed; it has been logged with its request id.",
        null,
        null);
  }
}
