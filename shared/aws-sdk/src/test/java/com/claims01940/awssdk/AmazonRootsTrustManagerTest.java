package com.claims01940.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Amazon's roots are trusted without the JDK's store; any other chain is judged by the JDK's store,
 * loaded only then. Chains here are real root certificates (a root presented alone is a valid
 * chain), from the shipped file and from the JDK's own cacerts.
 */
class AmazonRootsTrustManagerTest {

  static X509Certificate[] amazonRoots() throws Exception {
    KeyStore store = AmazonRootsTrustManager.amazonRoots();
    List<X509Certificate> out = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      out.add((X509Certificate) store.getCertificate(alias));
    }
    return out.toArray(X509Certificate[]::new);
  }

  /** A root from the JDK's trust store that is not Amazon's (the JDK's store holds ~140). */
  static X509Certificate otherRoot() throws Exception {
    KeyStore jdk = KeyStore.getInstance(KeyStore.getDefaultType());
    try (var in =
        new FileInputStream(
            Path.of(System.getProperty("java.home"), "lib", "security", "cacerts").toFile())) {
      jdk.load(in, null);
    }
    Set<String> amazon =
        java.util.Arrays.stream(amazonRoots())
            .map(c -> c.getSubjectX500Principal().getName())
            .collect(Collectors.toSet());
    for (String alias : Collections.list(jdk.aliases())) {
      var c = (X509Certificate) jdk.getCertificate(alias);
      if (c != null
          && !amazon.contains(c.getSubjectX500Principal().getName())
          && c.getSubjectX500Principal().getName().contains("ISRG Root X1")) {
        return c;
      }
    }
    throw new IllegalStateException("the JDK's trust store has no ISRG Root X1");
  }

  @Test
  void theShippedFileHoldsTheAmazonTrustServicesRoots() throws Exception {
    Set<String> names =
        java.util.Arrays.stream(amazonRoots())
            .map(c -> c.getSubjectX500Principal().getName())
            .map(n -> n.replaceAll(".*CN=([^,]+).*|.*OU=([^,]+).*", "$1$2"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "Amazon Root CA 1",
            "Amazon Root CA 2",
            "Amazon Root CA 3",
            "Amazon Root CA 4",
            "Starfield Services Root Certificate Authority - G2",
            "Starfield Class 2 Certification Authority"),
        names);
  }

  @Test
  void anAmazonChainIsTrustedWithoutLoadingTheJdkStore() throws Exception {
    var tm = AmazonRootsTrustManager.create();
    for (X509Certificate root : amazonRoots()) {
      tm.checkServerTrusted(new X509Certificate[] {root}, "UNKNOWN");
    }
    assertFalse(tm.fallbackLoaded());
  }

  @Test
  void anyOtherChainTheJdkTrustsIsTrustedThroughItsStore() throws Exception {
    var tm = AmazonRootsTrustManager.create();
    tm.checkServerTrusted(new X509Certificate[] {otherRoot()}, "UNKNOWN");
    assertTrue(tm.fallbackLoaded());
  }

  @Test
  void aChainNeitherTrustsIsRefused() throws Exception {
    // A certificate that is no root and is presented without its issuer: no path to any anchor.
    var tm =
        new AmazonRootsTrustManager(
            AmazonRootsTrustManager.trustManager(AmazonRootsTrustManager.amazonRoots()),
            () -> AmazonRootsTrustManager.trustManager(emptyStore()));
    assertThrows(
        CertificateException.class,
        () -> tm.checkServerTrusted(new X509Certificate[] {otherRoot()}, "UNKNOWN"));
    assertTrue(tm.fallbackLoaded(), "the fallback was asked before refusing");
  }

  static KeyStore emptyStore() {
    try {
      KeyStore empty = KeyStore.getInstance("PKCS12");
      empty.load(null, null);
      empty.setCertificateEntry("only", amazonRoots()[0]);
      return empty;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
