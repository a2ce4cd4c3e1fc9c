package com.claims01940.bulk;

import com.claims01940.bulk.ack.RecordOutcome;
import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.FieldError;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.ValidationReport;
import com.claims01940.json.Json;
import com.claims01940.policy.PolicySnapshot;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Scope;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Validates every record of a bulk file with all three aspects and writes exactly one JSON line per
 * record, in input order: {@code {"record": n, "location": …, "claimId": …, "result": <ALL
 * response>}} or {@code {"record": n, "location": …, "error": {"code", "message", "errors"}}}. A
 * policy store failure propagates, so the caller retries the whole file instead of writing wrong
 * results. Each payer's policies are read once per file ({@link PolicySnapshot}): every record of a
 * file is judged by the same policy versions, whatever the cache does meanwhile.
 *
 * <p>The calling thread reads records and writes results; batches of records are read, validated
 * and rendered on {@code threads} validating threads, and written back in input order. Memory stays
 * bounded: at most two batches per thread are in flight.
 */
public final class BulkProcessor {
  public static final String INVALID_RECORD = "INVALID_RECORD";
  public static final String UNSUPPORTED_PROCEDURE = "UNSUPPORTED_PROCEDURE";

  /** The payer key of outcomes for claims no policy was in force for. */
  public static final String UNKNOWN_PAYER = "UNKNOWN";

  static final String IGNORED_LINE_REASON =
      "not the 01940 anesthesia line or a qualifying circumstance (99100-99140): not validated";

  /**
   * Records one invocation handles by default (about a minute of work, well inside Lambda's 15).
   */
  public static final int DEFAULT_MAX_RECORDS = 1_000_000;

  /**
   * Records per batch: large enough that handing a batch over costs nothing, small enough to bound
   * memory.
   */
  public static final int DEFAULT_BATCH = 256;

  private final ClaimValidator validator;
  private final int maxRecords;
  private final int threads;
  private final int batchSize;

  public BulkProcessor(ClaimValidator validator) {
    this(validator, DEFAULT_MAX_RECORDS);
  }

  public BulkProcessor(ClaimValidator validator, int maxRecords) {
    this(validator, maxRecords, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
  }

  public BulkProcessor(ClaimValidator validator, int maxRecords, int threads, int batchSize) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1");
    }
    this.validator = validator;
    this.maxRecords = maxRecords;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /** One batch's output: its result lines, and what they counted. */
  private record Rendered(byte[] lines, BulkCounts counts) {}

  public BulkCounts process(RecordReader reader, OutputStream out) throws IOException {
    BulkCounts counts = new BulkCounts();
    boolean outcomes = reader instanceof X12Reader;
    if (outcomes) {
      counts.recordOutcomes = new ArrayList<>();
    }
    ClaimValidator fileValidator = validator.snapshot(new PolicySnapshot(validator.policies()));
    fileValidator
        .references()
        .current()
        .versions()
        .forEach(v -> counts.referenceTables.add(v.name() + " " + v.version()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "bulk-validate");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<Rendered>> inFlight = new ArrayDeque<>();
    try {
      List<BulkRecord> batch = new ArrayList<>(batchSize);
      BulkRecord record;
      while ((record = reader.next()) != null) {
        if (counts.records == maxRecords) {
          counts.stoppedAtLimit = true;
          counts.problems.add(
              "stopped after "
                  + maxRecords
                  + " records, the limit for one file; records after "
                  + "that point (from "
                  + record.location()
                  + ") were not read: split the file");
          break;
        }
        counts.records++;
        batch.add(record);
        if (batch.size() == batchSize) {
          List<BulkRecord> full = batch;
          inFlight.add(pool.submit(() -> render(fileValidator, full, outcomes)));
          batch = new ArrayList<>(batchSize);
          while (inFlight.size() > 2 * threads) {
            write(inFlight.poll(), out, counts);
          }
        }
      }
      if (!batch.isEmpty()) {
        List<BulkRecord> last = batch;
        inFlight.add(pool.submit(() -> render(fileValidator, last, outcomes)));
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.poll(), out, counts);
      }
    } finally {
      pool.shutdownNow();
    }
    counts.problems.addAll(reader.problems());
    return counts;
  }

  private static void write(Future<Rendered> next, OutputStream out, BulkCounts counts)
      throws IOException {
    Rendered rendered;
    try {
      rendered = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while validating", e);
    } catch (ExecutionException e) {
      // The validating thread's failure is the file's failure, as if it had happened here.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
    out.write(rendered.lines());
    add(counts, rendered.counts());
  }

  private static Rendered render(
      ClaimValidator validator, List<BulkRecord> records, boolean outcomes) {
    BulkCounts counts = new BulkCounts();
    if (outcomes) {
      counts.recordOutcomes = new ArrayList<>();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(records.size() * 1024);
    try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(bytes)) {
      json.setRootValueSeparator(null);
      for (BulkRecord record : records) {
        line(validator, json, record, counts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(bytes.toByteArray(), counts);
  }

  private static void line(
      ClaimValidator validator, JsonGenerator json, BulkRecord record, BulkCounts counts)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("record", record.ordinal());
    json.writeStringField("location", record.location());
    if (!record.ignoredLines().isEmpty()) {
      // Said, not dropped: a line the service does not validate is named in the record's result.
      json.writeArrayFieldStart("ignoredServiceLines");
      for (BulkRecord.IgnoredLine ignored : record.ignoredLines()) {
        json.writeStartObject();
        json.writeStringField("location", ignored.location());
        json.writeStringField("procedureCode", ignored.procedureCode());
        json.writeStringField("reason", IGNORED_LINE_REASON);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    ClaimReadResult read = record.read();
    if (read instanceof ClaimReadResult.Valid valid) {
      ValidationReport report = validator.validate(valid.claim(), Scope.ALL);
      json.writeStringField("claimId", valid.claim().claimId());
      json.writeFieldName("result");
      json.writeObject(report);
      count(counts, report);
      outcome(
          counts,
          record,
          report.outcome().name(),
          report.findings().stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .map(f -> new RecordOutcome.Flag(f.code(), f.field()))
              .toList());
    } else if (read instanceof ClaimReadResult.OutOfScope scope) {
      if (scope.claimId() != null) {
        json.writeStringField("claimId", scope.claimId());
      }
      error(json, UNSUPPORTED_PROCEDURE, scope.message(), List.of(scope.error()));
      counts.errors++;
      counts.unsupported++;
      outcome(counts, record, RecordOutcome.UNSUPPORTED, List.of());
    } else {
      List<FieldError> errors = ((ClaimReadResult.Invalid) read).errors();
      error(json, INVALID_RECORD, errors.size() + " problem(s) found; see errors.", errors);
      counts.errors++;
      outcome(
          counts,
          record,
          RecordOutcome.INVALID,
          errors.stream().map(e -> new RecordOutcome.Flag(INVALID_RECORD, e.field())).toList());
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private static void outcome(
      BulkCounts counts, BulkRecord record, String outcome, List<RecordOutcome.Flag> errors) {
    if (counts.recordOutcomes != null) {
      counts.recordOutcomes.add(new RecordOutcome(record.ordinal(), outcome, errors));
    }
  }

  private static void count(BulkCounts counts, ValidationReport report) {
    counts.results++;
    switch (report.outcome()) {
      case PASS -> counts.pass++;
      case WARN -> counts.warn++;
      case FAIL -> counts.fail++;
      default -> throw new IllegalStateException("outcome " + report.outcome());
    }
    for (Finding f : report.findings()) {
      counts.findingsByCode.merge(f.code(), 1, Integer::sum);
    }
    if (report.policy() != null) {
      counts.policyVersions.add(report.policy().payerId() + " " + report.policy().version());
    }
    String payer = report.policy() == null ? UNKNOWN_PAYER : report.policy().payerId();
    counts
        .outcomesByPayer
        .computeIfAbsent(payer, p -> new TreeMap<>())
        .merge(report.outcome().name(), 1, Integer::sum);
  }

  /** Adds a batch's result counts (records are counted as they are read). */
  private static void add(BulkCounts total, BulkCounts batch) {
    total.results += batch.results;
    total.pass += batch.pass;
    total.warn += batch.warn;
    total.fail += batch.fail;
    total.errors += batch.errors;
    total.unsupported += batch.unsupported;
    if (total.recordOutcomes != null) {
      total.recordOutcomes.addAll(batch.recordOutcomes);
    }
    batch.findingsByCode.forEach((code, n) -> total.findingsByCode.merge(code, n, Integer::sum));
    total.policyVersions.addAll(batch.policyVersions);
    batch.outcomesByPayer.forEach(
        (payer, outcomes) ->
            outcomes.forEach(
                (outcome, n) ->
                    total
                        .outcomesByPayer
                        .computeIfAbsent(payer, p -> new TreeMap<>())
                        .merge(outcome, n, Integer::sum)));
  }

  private static void error(
      JsonGenerator json, String code, String message, List<FieldError> errors) throws IOException {
    json.writeObjectFieldStart("error");
    json.writeStringField("code", code);
    json.writeStringField("message", message);
    json.writeFieldName("errors");
    json.writeObject(errors);
    json.writeEndObject();
  }
}
