package com.claims01940.claim;

import java.util.List;

/**
 * What reading a request body gives: a claim, the full list of problems, or a claim out of scope.
 */
public sealed interface ClaimReadResult {

  record Valid(Claim claim) implements ClaimReadResult {}

  /** Malformed: every problem found (HTTP 400). */
  record Invalid(List<FieldError> errors) implements ClaimReadResult {}

  /** Well formed, but for another procedure code than 01940 (HTTP 422). */
  record OutOfScope(String claimId, String procedureCode) implements ClaimReadResult {
    /** What the API's 422 and a bulk file's error line both say. */
    public String message() {
      return "This service validates anesthesia code "
          + ClaimReader.PROCEDURE_CODE
          + " only; the claim is for "
          + (procedureCode == null || procedureCode.isEmpty()
              ? "no anesthesia code"
              : procedureCode)
          + ".";
    }

    public FieldError error() {
      return new FieldError("/anesthesia/procedureCode", "must be " + ClaimReader.PROCEDURE_CODE);
    }
  }
}
