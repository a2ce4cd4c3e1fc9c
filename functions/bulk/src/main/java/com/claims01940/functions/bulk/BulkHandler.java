package com.claims01940.functions.bulk;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.claims01940.bulk.BulkProcessor;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.S3Wiring;
import com.claims01940.s3.UploadKeys;
import com.claims01940.wiring.Wiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * S3 ObjectCreated under uploads/: validates every record of the file and writes the results and
 * summary under results/. Any failure propagates, so Lambda retries the event (and finally sends it
 * to the on-failure queue) rather than leaving partial results.
 */
public final class BulkHandler implements RequestHandler<S3Event, String> {
  /** The port to the work on one file ({@link BulkJob} over S3). */
  public interface FileJob {
    BulkJob.Outcome run(String bucket, String key, String etag) throws IOException;
  }

  private final FileJob job;

  /**
   * The Lambda runtime's constructor: S3, the validator and the limits from the container's
   * settings.
   */
  public BulkHandler() {
    this(job(Settings.current()));
  }

  public BulkHandler(FileJob job) {
    this.job = job;
  }

  private static BulkJob job(Settings settings) {
    BulkProcessor processor =
        settings.bulkMaxRecords() == null
            ? new BulkProcessor(Wiring.validator())
            : new BulkProcessor(Wiring.validator(), settings.bulkMaxRecords());
    return new BulkJob(S3Wiring.s3(), processor, Clock.systemUTC(), settings.maxUploadBytes());
  }

  @Override
  public String handleRequest(S3Event event, Context context) {
    int processed = 0;
    for (var record : event.getRecords()) {
      String bucket = record.getS3().getBucket().getName();
      String key = record.getS3().getObject().getUrlDecodedKey();
      if (!key.startsWith(UploadKeys.UPLOADS_PREFIX)) {
        Log.warn("bulk.ignored").id("key", key).emit();
        continue;
      }
      try {
        job.run(bucket, key, record.getS3().getObject().geteTag());
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + key + " failed; the event will be retried", e);
      } catch (PolicyStoreUnavailableException | PolicyFormatException e) {
        // Rethrown so Lambda retries the file; counted so the policy-store alarm sees bulk failures
        // too.
        Metrics.policyStoreFailure(
            e instanceof PolicyFormatException ? Metrics.MALFORMED : Metrics.UNAVAILABLE);
        throw e;
      }
      processed++;
    }
    return "processed " + processed;
  }
}
