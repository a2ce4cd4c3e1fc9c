package com.claims01940.bulk;

import com.claims01940.bulk.ack.RecordOutcome;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a bulk run counted. Every input record is either a result (pass, warn or fail) or an error,
 * so {@code records == results + errors} always; {@code unsupported} is the part of the errors that
 * are claims for another procedure code.
 */
@JsonPropertyOrder({
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
  "problems"
})
public final class BulkCounts {
  public int records;
  public int results;
  public int pass;
  public int warn;
  public int fail;
  public int errors;
  public int unsupported;
  public final Map<String, Integer> findingsByCode = new TreeMap<>();

  /**
   * PASS/WARN/FAIL counts per payer of the policy applied ({@code UNKNOWN} where there was none).
   */
  public final Map<String, Map<String, Integer>> outcomesByPayer = new TreeMap<>();

  public final Set<String> policyVersions = new TreeSet<>();

  /**
   * The reference-table versions the file was checked against (one snapshot, read at its start).
   */
  public final List<String> referenceTables = new ArrayList<>();

  public final List<String> problems = new ArrayList<>();

  /** True when the record limit stopped reading before the end of the file. */
  @JsonIgnore public boolean stoppedAtLimit;

  /**
   * Each record's outcome, in input order, where the file is answered record by record (an 837P's
   * 277CA); null otherwise.
   */
  @JsonIgnore public List<RecordOutcome> recordOutcomes;
}
