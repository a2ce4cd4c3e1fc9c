package com.claims01940.bulk.ack;

import java.util.List;

/**
 * What became of one bulk record, as a claim acknowledgment needs it: the outcome (PASS, WARN,
 * FAIL; INVALID for a record that is no valid claim; UNSUPPORTED for a claim without the 01940
 * line) and the codes and fields that made it fail (ERROR findings, or the record's problems).
 */
public record RecordOutcome(int record, String outcome, List<Flag> errors) {
  public static final String INVALID = "INVALID";
  public static final String UNSUPPORTED = "UNSUPPORTED";

  /** A finding code (or INVALID_RECORD) and the JSON Pointer of the field it is about. */
  public record Flag(String code, String field) {}
}
