package com.claims01940.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.local.servers.S3ProxyServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * No DynamoDB emulator here checks signatures, but s3proxy checks SigV4 on every request,
 * recomputing it from the request as it arrived (the S3 tests rely on that). Signed for S3's
 * service name, a Query made exactly as the functions make it passes that check — s3proxy then
 * answers 501 for an operation it does not implement — while the same Query with a wrong secret
 * fails it with 403. So what the url-connection client sends (headers, body) is what the signer
 * signed. In this package because the service name is not a public setting.
 */
class DynamoDbReadsSignatureIT {

  static DynamoDbReads reads(S3ProxyServer s3proxy, String secret) {
    return new DynamoDbReads(
        SdkClients.httpClient().build(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.KEY, secret)),
        "us-east-1",
        s3proxy.endpoint(),
        "s3");
  }

  @Test
  void aSignatureCheckingServerAcceptsWhatWasSigned() {
    try (var s3proxy = S3ProxyServer.start();
        var right = reads(s3proxy, S3ProxyServer.KEY);
        var wrong = reads(s3proxy, "not-the-secret")) {
      var refused =
          assertThrows(DynamoDbReadException.class, () -> wrong.query("policies", "payerId", "X"));
      assertEquals(403, refused.status(), refused.getMessage());
      var accepted =
          assertThrows(DynamoDbReadException.class, () -> right.query("policies", "payerId", "X"));
      assertEquals(501, accepted.status(), accepted.getMessage());
    }
  }
}
