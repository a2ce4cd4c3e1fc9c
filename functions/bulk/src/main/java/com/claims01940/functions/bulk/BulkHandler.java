package com.claims01940.functions.bulk;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.claims01940.aws.api.Log;
import com.claims01940.aws.s3.BulkJob;
import com.claims01940.aws.s3.S3Wiring;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * S3 ObjectCreated under uploads/: validates every record of the file and writes the results and
 * summary under results/. Any failure propagates, so Lambda retries the event (and finally sends
 * it to the on-failure queue) rather than leaving partial results.
 */
public final class BulkHandler implements RequestHandler<S3Event, String> {
  private final BulkJob job;

  public BulkHandler() {
    this(S3Wiring.bulkJob());
  }

  public BulkHandler(BulkJob job) {
    this.job = job;
  }

  @Override
  public String handleRequest(S3Event event, Context context) {
    int processed = 0;
    for (var record : event.getRecords()) {
      String bucket = record.getS3().getBucket().getName();
      String key = record.getS3().getObject().getUrlDecodedKey();
      if (!key.startsWith(BulkJob.UPLOADS_PREFIX)) {
        Log.warn("bulk.ignored").id("key", key).emit();
        continue;
      }
      try {
        job.run(bucket, key, record.getS3().getObject().geteTag());
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + key + " failed; the event will be retried", e);
      }
      processed++;
    }
    return "processed " + processed;
  }
}
