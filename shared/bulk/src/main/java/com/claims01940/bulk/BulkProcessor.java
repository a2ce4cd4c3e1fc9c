package com.claims01940.bulk;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.FieldError;
import com.claims01940.claim.Json;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.ValidationReport;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Validates every record of a bulk file with all three aspects and writes exactly one JSON line per
 * record, in input order: {@code {"record": n, "location": …, "claimId": …, "result": <ALL response>}}
 * or {@code {"record": n, "location": …, "error": {"code", "message", "errors"}}}. A policy store
 * failure propagates, so the caller retries the whole file instead of writing wrong results.
 */
public final class BulkProcessor {
  public static final String INVALID_RECORD = "INVALID_RECORD";
  public static final String UNSUPPORTED_PROCEDURE = "UNSUPPORTED_PROCEDURE";

  /** Records one invocation handles by default (about a minute of work, well inside Lambda's 15). */
  public static final int DEFAULT_MAX_RECORDS = 1_000_000;

  private final ClaimValidator validator;
  private final int maxRecords;

  public BulkProcessor(ClaimValidator validator) {
    this(validator, DEFAULT_MAX_RECORDS);
  }

  public BulkProcessor(ClaimValidator validator, int maxRecords) {
    this.validator = validator;
    this.maxRecords = maxRecords;
  }

  public BulkCounts process(RecordReader reader, OutputStream out) throws IOException {
    BulkCounts counts = new BulkCounts();
    // One generator for the whole file: lines are written straight out, never built as trees first.
    JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out);
    json.setRootValueSeparator(null);
    BulkRecord record;
    while ((record = reader.next()) != null) {
      if (counts.records == maxRecords) {
        counts.stoppedAtLimit = true;
        counts.problems.add("stopped after " + maxRecords + " records, the limit for one file; records after "
            + "that point (from " + record.location() + ") were not read: split the file");
        break;
      }
      counts.records++;
      json.writeStartObject();
      json.writeNumberField("record", record.ordinal());
      json.writeStringField("location", record.location());
      if (record.read() instanceof ClaimReadResult.Valid valid) {
        ValidationReport report = validator.validate(valid.claim(), Aspect.ALL);
        json.writeStringField("claimId", valid.claim().claimId());
        json.writeFieldName("result");
        json.writeObject(report);
        count(counts, report);
      } else if (record.read() instanceof ClaimReadResult.OutOfScope scope) {
        if (scope.claimId() != null) {
          json.writeStringField("claimId", scope.claimId());
        }
        error(json, UNSUPPORTED_PROCEDURE, "This service validates anesthesia code 01940 only; the claim is for "
            + (scope.procedureCode() == null || scope.procedureCode().isEmpty() ? "no anesthesia code" : scope.procedureCode()) + ".",
            List.of(new FieldError("/anesthesia/procedureCode", "must be 01940")));
        counts.errors++;
        counts.unsupported++;
      } else {
        List<FieldError> errors = ((ClaimReadResult.Invalid) record.read()).errors();
        error(json, INVALID_RECORD, errors.size() + " problem(s) found; see errors.", errors);
        counts.errors++;
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
    json.flush();
    counts.problems.addAll(reader.problems());
    return counts;
  }

  private static void count(BulkCounts counts, ValidationReport report) {
    counts.results++;
    switch (report.outcome()) {
      case PASS -> counts.pass++;
      case WARN -> counts.warn++;
      case FAIL -> counts.fail++;
    }
    for (Finding f : report.findings()) {
      counts.findingsByCode.merge(f.code(), 1, Integer::sum);
    }
    if (report.policy() != null) {
      counts.policyVersions.add(report.policy().payerId() + " " + report.policy().version());
    }
  }

  private static void error(JsonGenerator json, String code, String message, List<FieldError> errors) throws IOException {
    json.writeObjectFieldStart("error");
    json.writeStringField("code", code);
    json.writeStringField("message", message);
    json.writeFieldName("errors");
    json.writeObject(errors);
    json.writeEndObject();
  }
}
