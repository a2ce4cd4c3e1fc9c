package com.claims01940.bulk;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.FieldError;
import java.util.List;
import java.util.function.Supplier;

/**
 * One input record of a bulk file: its 1-based ordinal, where it is in the file ("line 7", "segment
 * 42"), and how to read it (into a claim, its problems, or a claim for another code). Reading is
 * deferred so that the processor's validating threads parse, not the file's reader.
 */
public record BulkRecord(
    int ordinal,
    String location,
    Supplier<ClaimReadResult> reading,
    List<IgnoredLine> ignoredLines) {

  /**
   * A service line of the record that is not validated (837P: neither the anesthesia line nor a
   * qualifying circumstance).
   */
  public record IgnoredLine(String location, String procedureCode) {}

  public BulkRecord(int ordinal, String location, Supplier<ClaimReadResult> reading) {
    this(ordinal, location, reading, List.of());
  }

  public static BulkRecord of(int ordinal, String location, ClaimReadResult result) {
    return new BulkRecord(ordinal, location, () -> result);
  }

  public static BulkRecord invalid(int ordinal, String location, String message) {
    return of(ordinal, location, new ClaimReadResult.Invalid(List.of(new FieldError("", message))));
  }

  /** Reads the record; each call reads it again. */
  public ClaimReadResult read() {
    return reading.get();
  }
}
