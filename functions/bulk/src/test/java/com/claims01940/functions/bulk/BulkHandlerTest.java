package com.claims01940.functions.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.claims01940.http.testing.EventFixtures;
import com.claims01940.policy.PolicyStoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk handler below the stack: which keys it takes (decoded as S3 sends them), and what it
 * lets Lambda retry.
 */
class BulkHandlerTest {
  /** Records the files the handler asks for; throws what a test tells it to. */
  static final class RecordingJob implements BulkHandler.FileJob {
    final List<String> calls = new ArrayList<>();
    RuntimeException fail;
    IOException failIo;

    @Override
    public BulkJob.Outcome run(String bucket, String key, String etag) throws IOException {
      calls.add(bucket + " " + key + " " + etag);
      if (fail != null) {
        throw fail;
      }
      if (failIo != null) {
        throw failIo;
      }
      return BulkJob.Outcome.PROCESSED;
    }
  }

  /**
   * The events/ fixture (sam local generate-event s3 put shape), read with the runtime's own
   * serializer.
   */
  static S3Event event(String key) throws IOException {
    String json =
        Files.readString(
                EventFixtures.eventsDir().resolve("s3-put-upload.json"), StandardCharsets.UTF_8)
            .replace("uploads/example/claims.ndjson", key);
    try (InputStream in = new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
      return LambdaEventSerializers.serializerFor(
              S3Event.class, BulkHandlerTest.class.getClassLoader())
          .fromJson(in);
    }
  }

  @Test
  void urlEncodedKeysAreDecodedAsS3SendsThem() throws Exception {
    RecordingJob job = new RecordingJob();
    assertEquals(
        "processed 1",
        new BulkHandler(job).handleRequest(event("uploads/day+1/claims%28copy%29.ndjson"), null));
    assertEquals(
        List.of(
            "claims01940-uploads uploads/day 1/claims(copy).ndjson 0123456789abcdef0123456789abcdef"),
        job.calls);
  }

  /**
   * Only uploads/ is work: results never trigger again, and neither do upload markers or any other
   * prefix the bucket may get.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "results/uploads/x.ndjson.results.jsonl",
        "requests/0f8fad5b-d9cb-469f-a165-70867728950e.json",
        "incoming/claims.ndjson",
        "uploadsx/claims.ndjson"
      })
  void keysOutsideUploadsAreIgnored(String key) throws Exception {
    RecordingJob job = new RecordingJob();
    assertEquals("processed 0", new BulkHandler(job).handleRequest(event(key), null));
    assertEquals(List.of(), job.calls);
  }

  @Test
  void failuresPropagateSoLambdaRetriesTheFile() throws Exception {
    RecordingJob job = new RecordingJob();
    job.failIo = new IOException("stream cut");
    UncheckedIOException io =
        assertThrows(
            UncheckedIOException.class,
            () -> new BulkHandler(job).handleRequest(event("uploads/a.ndjson"), null));
    assertSame(job.failIo, io.getCause());
    job.failIo = null;
    job.fail = new PolicyStoreUnavailableException("down", new RuntimeException());
    assertInstanceOf(
        PolicyStoreUnavailableException.class,
        assertThrows(
            RuntimeException.class,
            () -> new BulkHandler(job).handleRequest(event("uploads/a.ndjson"), null)));
  }
}
