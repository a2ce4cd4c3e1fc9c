package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.claims01940.s3.MultipartUpload;
import com.claims01940.s3.S3Clients;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Results larger than one part go up as a real multipart upload (real S3 API on loopback), byte for
 * byte.
 */
class MultipartUploadIT {
  /** The operations a client called, in order. */
  static final class Operations implements ExecutionInterceptor {
    final List<String> names = new ArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      names.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
  }

  @Test
  void moreThanOnePartIsUploadedInPartsAndReadsBackWhole() throws Exception {
    LocalRun stack = SharedStack.get();
    Operations ops = new Operations();
    byte[] data = new byte[2 * MultipartUpload.PART_SIZE + 12_345];
    new Random(7).nextBytes(data);
    String key = "results/mp-" + UUID.randomUUID() + ".jsonl";
    try (var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint(), ops)) {
      try (MultipartUpload out =
          new MultipartUpload(s3, LocalRun.UPLOADS_BUCKET, key, "application/x-ndjson")) {
        out.write(data, 0, 100);
        out.write(data, 100, data.length - 100);
        out.complete();
      }
      assertEquals(
          List.of(
              "CreateMultipartUpload",
              "UploadPart",
              "UploadPart",
              "UploadPart",
              "CompleteMultipartUpload"),
          ops.names);
      assertArrayEquals(
          data, s3.getObjectAsBytes(b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key)).asByteArray());
    }
  }

  @Test
  void anUploadClosedBeforeCompletionIsAbortedAndNothingAppears() {
    LocalRun stack = SharedStack.get();
    Operations ops = new Operations();
    String key = "results/mp-" + UUID.randomUUID() + ".jsonl";
    try (var s3 = S3Clients.s3(LocalRun.REGION, stack.s3().endpoint(), ops)) {
      try (MultipartUpload out =
          new MultipartUpload(s3, LocalRun.UPLOADS_BUCKET, key, "application/x-ndjson")) {
        out.write(new byte[MultipartUpload.PART_SIZE + 1], 0, MultipartUpload.PART_SIZE + 1);
      }
      assertEquals("AbortMultipartUpload", ops.names.get(ops.names.size() - 1));
      assertThrows(
          NoSuchKeyException.class,
          () -> s3.getObject(b -> b.bucket(LocalRun.UPLOADS_BUCKET).key(key)));
    }
  }
}
