package com.claims01940.s3;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams bytes into one S3 object through a multipart upload, holding at most one part in memory.
 * The object appears only on {@link #complete()}; closing without completing aborts the upload, so
 * a failure never leaves a half-written object behind. Small outputs use a single PUT.
 */
public final class MultipartUpload extends OutputStream {
  /** S3's minimum part size is 5 MiB; 8 MiB keeps the part count low for large files. */
  public static final int PART_SIZE = 8 * 1024 * 1024;

  private final S3Client s3;
  private final String bucket;
  private final String key;
  private final String contentType;
  private final byte[] buffer = new byte[PART_SIZE];
  private final List<CompletedPart> parts = new ArrayList<>();
  private int size;
  private String uploadId;
  private boolean completed;

  public MultipartUpload(S3Client s3, String bucket, String key, String contentType) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = key;
    this.contentType = contentType;
  }

  @Override
  public void write(int b) {
    if (size == buffer.length) {
      uploadPart();
    }
    buffer[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    while (len > 0) {
      if (size == buffer.length) {
        uploadPart();
      }
      int n = Math.min(len, buffer.length - size);
      System.arraycopy(b, off, buffer, size, n);
      size += n;
      off += n;
      len -= n;
    }
  }

  private void uploadPart() {
    if (uploadId == null) {
      uploadId =
          s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
              .uploadId();
    }
    int number = parts.size() + 1;
    String etag =
        s3.uploadPart(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                RequestBody.fromBytes(Arrays.copyOf(buffer, size)))
            .eTag();
    parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
    size = 0;
  }

  /** Makes the object visible with everything written so far. */
  public void complete() {
    if (uploadId == null) {
      s3.putObject(
          b -> b.bucket(bucket).key(key).contentType(contentType),
          RequestBody.fromBytes(Arrays.copyOf(buffer, size)));
    } else {
      if (size > 0) {
        uploadPart();
      }
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    }
    completed = true;
  }

  @Override
  public void close() {
    if (!completed && uploadId != null) {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    }
  }
}
