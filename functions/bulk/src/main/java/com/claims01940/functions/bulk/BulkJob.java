package com.claims01940.functions.bulk;

import com.claims01940.bulk.BulkCounts;
import com.claims01940.bulk.BulkProcessor;
import com.claims01940.bulk.BulkReaders;
import com.claims01940.bulk.RecordReader;
import com.claims01940.bulk.X12Reader;
import com.claims01940.bulk.ack.Ack277ca;
import com.claims01940.bulk.ack.Ack999;
import com.claims01940.bulk.ack.AckHeader;
import com.claims01940.bulk.ack.AcknowledgmentSummary;
import com.claims01940.bulk.ack.ClaimStatusCodes;
import com.claims01940.bulk.ack.RecordOutcome;
import com.claims01940.bulk.ack.X12Envelope;
import com.claims01940.json.Json;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.MultipartUpload;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      return finish(bucket, key, tag, "TOO_LARGE", null, none, null, started);
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
    AcknowledgmentSummary acks =
        opened.reader() instanceof X12Reader x12
            ? acknowledge(bucket, key, tag, object.response().lastModified(), x12, counts)
            : null;
    return finish(
        bucket,
        key,
        tag,
        opened.detection().format().name(),
        opened.detection().note(),
        counts,
        acks,
        started);
  }

  /**
   * The 999 for every X12 upload whose ISA and a group could be read, and the 277CA when a
   * transaction set was accepted; both before the summary, so a summary means they are in place.
   * Their control numbers and dates come from the object (key, ETag, upload time): a re-delivery
   * writes them byte for byte again.
   */
  private AcknowledgmentSummary acknowledge(
      String bucket, String key, String tag, Instant uploaded, X12Reader x12, BulkCounts counts)
      throws IOException {
    X12Envelope envelope = x12.envelope();
    if (!Ack999.possible(envelope)) {
      return new AcknowledgmentSummary(
          null,
          null,
          List.of(),
          envelope.sender == null
              ? "no 999: the interchange header (ISA) could not be read"
              : "no 999: the interchange has no functional group (GS) that could be read");
    }
    Instant received = uploaded == null ? clock.instant() : uploaded;
    Settings settings = Settings.current();
    ByteArrayOutputStream ack = new ByteArrayOutputStream();
    Ack999.write(envelope, header(settings, key, tag, received, "999"), ack);
    put(bucket, UploadKeys.implementationAckKey(key), ack.toByteArray());
    String claimKey = null;
    if (!Ack999.acceptedSets(envelope).isEmpty()) {
      Map<Integer, RecordOutcome> outcomes = new HashMap<>();
      counts.recordOutcomes.forEach(o -> outcomes.put(o.record(), o));
      ByteArrayOutputStream claims = new ByteArrayOutputStream();
      Ack277ca.write(
          envelope,
          outcomes,
          ClaimStatusCodes.shipped(),
          header(settings, key, tag, received, "277CA"),
          claims);
      claimKey = UploadKeys.claimAckKey(key);
      put(bucket, claimKey, claims.toByteArray());
    }
    return new AcknowledgmentSummary(
        UploadKeys.implementationAckKey(key),
        claimKey,
        AcknowledgmentSummary.verdicts(envelope),
        claimKey == null ? "no 277CA: no transaction set was accepted" : null);
  }

  private static AckHeader header(
      Settings s, String key, String tag, Instant received, String kind) {
    return AckHeader.of(
        s.x12SenderQualifier(), s.x12SenderId(), s.x12SenderName(), key, tag, received, kind);
  }

  private void put(String bucket, String key, byte[] body) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType("application/edi-x12"),
        RequestBody.fromBytes(body));
  }

  private Outcome finish(
      String bucket,
      String key,
      String tag,
      String format,
      String note,
      BulkCounts counts,
      AcknowledgmentSummary acknowledgments,
      Instant started)
      throws IOException {
    BulkSummary summary =
        BulkSummary.of(
            key,
            tag,
            format,
            note,
            UploadKeys.resultsKey(key),
            counts,
            acknowledgments,
            started,
            clock.instant());
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
