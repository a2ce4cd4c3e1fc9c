package com.claims01940.local;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The local stand-in for S3 event notifications: every half second it lists uploads/ and sends each
 * new object (key + ETag) to the bulk function as an ObjectCreated event. A failed invocation is
 * retried on the next polls, twice, like Lambda's asynchronous retries, then reported.
 */
final class UploadsPoller implements AutoCloseable {
  static final int ATTEMPTS = 3;

  private final S3Client s3;
  private final String bucket;
  private final LambdaFunction bulk;
  private final Map<String, String> done = new HashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "uploads-poller");
            t.setDaemon(true);
            return t;
          });

  UploadsPoller(S3Client s3, String bucket, LambdaFunction bulk, Duration every) {
    this.s3 = s3;
    this.bucket = bucket;
    this.bulk = bulk;
    timer.scheduleWithFixedDelay(
        this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      for (S3Object o :
          s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("uploads/")).contents()) {
        String id = o.key() + "@" + o.eTag();
        if (o.eTag().equals(done.get(o.key())) || failures.getOrDefault(id, 0) >= ATTEMPTS) {
          continue;
        }
        try {
          bulk.invoke(S3Events.objectCreated(bucket, o.key(), o.eTag(), o.size()));
          done.put(o.key(), o.eTag());
        } catch (RuntimeException e) {
          int n = failures.merge(id, 1, Integer::sum);
          System.err.println(
              "bulk function failed on "
                  + o.key()
                  + " (attempt "
                  + n
                  + " of "
                  + ATTEMPTS
                  + "): "
                  + e);
        }
      }
    } catch (RuntimeException e) {
      System.err.println("uploads poller: " + e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
