package com.claims01940.bulk;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.FieldError;
import java.util.List;

/**
 * One input record of a bulk file: its 1-based ordinal, where it is in the file ("line 7",
 * "segment 42"), and what reading it gave (a claim, its problems, or a claim for another code).
 */
public record BulkRecord(int ordinal, String location, ClaimReadResult read) {

  public static BulkRecord invalid(int ordinal, String location, String message) {
    return new BulkRecord(ordinal, location, new ClaimReadResult.Invalid(List.of(new FieldError("", message))));
  }
}
