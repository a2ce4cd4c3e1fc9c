package com.claims01940.functions.bulk;

import com.claims01940.bulk.BulkCounts;
import com.claims01940.bulk.ack.AcknowledgmentSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * results/&lt;key&gt;.summary.json, written only after every result line is in place. {@code
 * records} counts the input's records and always equals {@code results + errors}.
 */
@JsonPropertyOrder({
  "uploadKey",
  "etag",
  "status",
  "format",
  "formatNote",
  "resultsKey",
  "records",
  "results",
  "pass",
  "warn",
  "fail",
  "errors",
  "unsupported",
  "findingsByCode",
  "outcomesByPayer",
  "policyVersions",
  "referenceTables",
  "problems",
  "acknowledgments",
  "startedAt",
  "finishedAt"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkSummary(
    String uploadKey,
    String etag,
    String status,
    String format,
    String formatNote,
    String resultsKey,
    int records,
    int results,
    int pass,
    int warn,
    int fail,
    int errors,
    int unsupported,
    Map<String, Integer> findingsByCode,
    Map<String, Map<String, Integer>> outcomesByPayer,
    Set<String> policyVersions,
    List<String> referenceTables,
    List<String> problems,
    AcknowledgmentSummary acknowledgments,
    Instant startedAt,
    Instant finishedAt) {

  /**
   * COMPLETE: every readable record has its line. INCOMPLETE: the record limit stopped reading (the
   * problems say where). REJECTED: the file is not a format we read, or is over the size limit.
   */
  public static BulkSummary of(
      String key,
      String etag,
      String format,
      String note,
      String resultsKey,
      BulkCounts c,
      AcknowledgmentSummary acknowledgments,
      Instant started,
      Instant finished) {
    String status =
        format.equals("UNKNOWN") || format.equals("TOO_LARGE")
            ? "REJECTED"
            : c.stoppedAtLimit ? "INCOMPLETE" : "COMPLETE";
    return new BulkSummary(
        key,
        etag,
        status,
        format,
        note,
        resultsKey,
        c.records,
        c.results,
        c.pass,
        c.warn,
        c.fail,
        c.errors,
        c.unsupported,
        c.findingsByCode,
        c.outcomesByPayer,
        c.policyVersions,
        c.referenceTables,
        c.problems,
        acknowledgments,
        started,
        finished);
  }
}
