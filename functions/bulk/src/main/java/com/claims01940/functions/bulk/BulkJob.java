package com.claims01940.functions.bulk;

import com.claims01940.bulk.BulkCounts;
import com.claims01940.bulk.BulkProcessor;
import com.claims01940.bulk.BulkReaders;
import com.claims01940.bulk.RecordReader;
import com.claims01940.json.Json;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.MultipartUpload;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Validates one uploaded object: streams it in, streams one result line per record out to
 * results/&lt;key&gt;.results.jsonl (multipart), then writes results/&lt;key&gt;.summary.json last.
 * Safe under at-least-once delivery: output keys depend only on the input key, a summary for the
 * same ETag means the work is done, and a failure leaves no summary so a retry redoes it all.
 */
public final class BulkJob implements BulkHandler.FileJob {
  /** What happened to one object. */
  public enum Outcome {
    PROCESSED,
    ALREADY_DONE,
    SUPERSEDED
  }

  /** The largest file read by default; the presigned uploads use the same limit. */
  private final S3Client s3;

  private final BulkProcessor processor;
  private final Clock clock;
  private final long maxBytes;

  public BulkJob(S3Client s3, BulkProcessor processor, Clock clock) {
    this(s3, processor, clock, Settings.DEFAULT_MAX_UPLOAD_BYTES);
  }

  public BulkJob(S3Client s3, BulkProcessor processor, Clock clock, long maxBytes) {
    this.s3 = s3;
    this.processor = processor;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  @Override
  public Outcome run(String bucket, String key, String etag) throws IOException {
    String tag = unquote(etag);
    JsonNode existing = S3Clients.readJson(s3, bucket, UploadKeys.summaryKey(key));
    if (existing != null && tag.equals(existing.path("etag").asText())) {
      Log.info("bulk.already-done").id("key", key).id("etag", tag).emit();
      return Outcome.ALREADY_DONE;
    }
    Instant started = clock.instant();
    ResponseInputStream<GetObjectResponse> object;
    try {
      // Read exactly the version the event announced; a newer one brings its own event.
      object = s3.getObject(b -> b.bucket(bucket).key(key).ifMatch("\"" + tag + "\""));
    } catch (NoSuchKeyException gone) {
      Log.warn("bulk.superseded").id("key", key).id("reason", "deleted").emit();
      return Outcome.SUPERSEDED;
    } catch (S3Exception e) {
      if (e.statusCode() == 412) {
        Log.warn("bulk.superseded").id("key", key).id("reason", "changed").emit();
        return Outcome.SUPERSEDED;
      }
      throw e;
    }
    Long size = object.response().contentLength();
    if (size != null && size > maxBytes) {
      object.abort();
      BulkCounts none = new BulkCounts();
      none.problems.add(
          "the file is "
              + size
              + " bytes; the limit is "
              + maxBytes
              + " (MaxUploadBytes): split it");
      try (MultipartUpload out =
          new MultipartUpload(s3, bucket, UploadKeys.resultsKey(key), "application/x-ndjson")) {
        out.complete();
      }
      return finish(bucket, key, tag, "TOO_LARGE", null, none, started);
    }
    BulkReaders.Opened opened;
    BulkCounts counts;
    try (object;
        MultipartUpload out =
            new MultipartUpload(s3, bucket, UploadKeys.resultsKey(key), "application/x-ndjson")) {
      opened = BulkReaders.open(key, object);
      counts = process(opened, out);
      out.complete();
    }
    if (opened.detection().note() != null) {
      counts.problems.add(0, opened.detection().note());
    }
    return finish(
        bucket,
        key,
        tag,
        opened.detection().format().name(),
        opened.detection().note(),
        counts,
        started);
  }

  private Outcome finish(
      String bucket,
      String key,
      String tag,
      String format,
      String note,
      BulkCounts counts,
      Instant started)
      throws IOException {
    BulkSummary summary =
        BulkSummary.of(
            key, tag, format, note, UploadKeys.resultsKey(key), counts, started, clock.instant());
    s3.putObject(
        b -> b.bucket(bucket).key(UploadKeys.summaryKey(key)).contentType("application/json"),
        RequestBody.fromBytes(
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary)));
    Log.info("bulk.done")
        .id("key", key)
        .id("format", summary.format())
        .count("records", summary.records())
        .count("pass", summary.pass())
        .count("warn", summary.warn())
        .count("fail", summary.fail())
        .count("errors", summary.errors())
        .emit();
    double seconds =
        Math.max(0.001, java.time.Duration.between(started, clock.instant()).toNanos() / 1e9);
    Metrics.bulkFile(format, summary.records(), summary.errors(), summary.records() / seconds);
    Metrics.findings(counts.findingsByCode);
    return Outcome.PROCESSED;
  }

  private BulkCounts process(BulkReaders.Opened opened, MultipartUpload out) throws IOException {
    RecordReader reader = opened.reader();
    if (reader == null) {
      return new BulkCounts();
    }
    try (reader) {
      return processor.process(reader, out);
    }
  }

  static String unquote(String etag) {
    return etag == null ? "" : etag.replace("\"", "");
  }
}
