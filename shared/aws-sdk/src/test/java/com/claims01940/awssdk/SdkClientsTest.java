package com.claims01940.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class SdkClientsTest {
  static final URI LOCAL = URI.create("http://127.0.0.1:4567");

  static AwsCredentialsProvider providerFor(URI endpoint, Map<String, String> env) {
    return SdkClients.credentials(endpoint, env::get).current();
  }

  @Test
  void anEndpointOverrideOnLambdaStillUsesTheDefaultChainNeverStaticKeys() {
    var onLambda = Map.of("AWS_LAMBDA_FUNCTION_NAME", "ClaimFunction");
    assertInstanceOf(DefaultCredentialsProvider.class, providerFor(LOCAL, onLambda));
    assertInstanceOf(DefaultCredentialsProvider.class, providerFor(null, onLambda));
  }

  @Test
  void offLambdaALocalEndpointWithoutKeysSignsWithAPlaceholder() {
    var provider = providerFor(LOCAL, Map.of());
    assertInstanceOf(StaticCredentialsProvider.class, provider);
    assertEquals("local", provider.resolveCredentials().accessKeyId());
  }

  @Test
  void offLambdaKeysInTheEnvironmentOrNoEndpointMeanTheDefaultChain() {
    assertInstanceOf(
        DefaultCredentialsProvider.class,
        providerFor(LOCAL, Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")));
    assertInstanceOf(DefaultCredentialsProvider.class, providerFor(null, Map.of()));
  }

  @Test
  void refreshBuildsANewProviderFromTheSameFactory() {
    AtomicInteger built = new AtomicInteger();
    var credentials =
        new RefreshableCredentials(
            () ->
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("key-" + built.incrementAndGet(), "secret")));
    assertEquals("key-1", credentials.resolveCredentials().accessKeyId());
    AwsCredentialsProvider before = credentials.current();
    credentials.refresh();
    assertNotSame(before, credentials.current());
    assertEquals("key-2", credentials.resolveCredentials().accessKeyId());
  }

  @Test
  void backoffIsFullJitterUnderTheDoublingCeiling() {
    var backoff = new RestoreSafeBackoff(Duration.ofMillis(25), Duration.ofMillis(300));
    for (int attempt = 1; attempt <= 8; attempt++) {
      long ceiling = Math.min(300, 25L << (attempt - 1));
      for (int i = 0; i < 200; i++) {
        long ms = backoff.computeDelay(attempt).toMillis();
        assertTrue(ms >= 0 && ms <= ceiling, "attempt " + attempt + ": " + ms + " ms");
      }
    }
    assertEquals(
        0, new RestoreSafeBackoff(Duration.ZERO, Duration.ZERO).computeDelay(3).toMillis());
  }

  @Test
  void aReseedReplacesTheGeneratorEveryClientDrawsFrom() {
    var before = RestoreSafeBackoff.random();
    RestoreSafeBackoff.reseed();
    assertNotSame(before, RestoreSafeBackoff.random());
    // Two fresh seeds give different sequences (2^-64 odds of a false failure per draw).
    long a = RestoreSafeBackoff.random().nextLong();
    RestoreSafeBackoff.reseed();
    assertTrue(a != RestoreSafeBackoff.random().nextLong());
  }
}
