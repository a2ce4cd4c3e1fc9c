package com.claims01940.s3;

import com.claims01940.runtime.Settings;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What an S3-using function container builds once from its settings: the S3 client and presigner
 * (no DynamoDB, no bulk readers: the uploads function carries neither).
 */
public final class S3Wiring {
  private S3Wiring() {}

  private static final class Holder {
    static final S3Client S3 =
        S3Clients.s3(Settings.current().region(), Settings.current().s3Endpoint());
  }

  private static final class PresignerHolder {
    static final S3Presigner PRESIGNER =
        S3Clients.presigner(Settings.current().region(), Settings.current().s3Endpoint());
  }

  public static S3Client s3() {
    return Holder.S3;
  }

  public static S3Presigner presigner() {
    return PresignerHolder.PRESIGNER;
  }
}
