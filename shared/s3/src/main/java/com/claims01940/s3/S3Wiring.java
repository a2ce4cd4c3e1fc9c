package com.claims01940.s3;

import com.claims01940.awssdk.RefreshableCredentials;
import com.claims01940.awssdk.RestoreSafeBackoff;
import com.claims01940.awssdk.SdkClients;
import com.claims01940.runtime.Settings;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What an S3-using function container builds once from its settings: the S3 client and presigner
 * (no DynamoDB, no bulk readers: the uploads function carries neither), on one credentials provider
 * that a SnapStart restore renews, with the retry jitter.
 */
public final class S3Wiring {
  private S3Wiring() {}

  private static final class Holder {
    static final Settings SETTINGS = Settings.current();
    static final RefreshableCredentials CREDENTIALS = SdkClients.credentials(SETTINGS.s3Endpoint());
    static final Resource RESTORE = new Renewal();

    static {
      Core.getGlobalContext().register(RESTORE);
    }
  }

  private static final class Client {
    static final S3Client S3 =
        S3Clients.s3(Holder.SETTINGS.region(), Holder.SETTINGS.s3Endpoint(), Holder.CREDENTIALS);
  }

  private static final class PresignerHolder {
    static final S3Presigner PRESIGNER =
        S3Clients.presigner(
            Holder.SETTINGS.region(), Holder.SETTINGS.s3Endpoint(), Holder.CREDENTIALS);
  }

  /** After a restore: credentials are not served from the snapshot, and jitter is reseeded. */
  static final class Renewal implements Resource {
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {}

    @Override
    public void afterRestore(Context<? extends Resource> context) {
      Holder.CREDENTIALS.refresh();
      RestoreSafeBackoff.reseed();
    }
  }

  public static S3Client s3() {
    return Client.S3;
  }

  public static S3Presigner presigner() {
    return PresignerHolder.PRESIGNER;
  }
}
