package com.claims01940.awssdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Server-certificate trust that starts cheap: AWS service endpoints chain to the Amazon Trust
 * Services roots, so those six certificates are checked first, and the JDK's whole trust store
 * (about 140 certificates, 40-50 ms to parse on a cold JVM: a quarter of a bare JVM's start) is
 * loaded only when a chain does not end at one of them (a proxy's, LocalStack's, a custom
 * endpoint's). A chain is therefore accepted exactly when the JDK's default trust would accept it
 * or it ends at an Amazon root, which that default trust store contains too. The roots come from
 * {@code amazon-trust-services-roots.pem} (provenance in docs/performance.md).
 */
public final class AmazonRootsTrustManager extends X509ExtendedTrustManager {
  static final String ROOTS = "amazon-trust-services-roots.pem";

  private final X509ExtendedTrustManager amazon;
  private final Supplier<X509ExtendedTrustManager> fallbackSource;
  private volatile X509ExtendedTrustManager fallback;

  AmazonRootsTrustManager(
      X509ExtendedTrustManager amazon, Supplier<X509ExtendedTrustManager> fallbackSource) {
    this.amazon = amazon;
    this.fallbackSource = fallbackSource;
  }

  /** Amazon's roots first, then the JDK's default trust (honouring javax.net.ssl.trustStore). */
  public static AmazonRootsTrustManager create() {
    return new AmazonRootsTrustManager(trustManager(amazonRoots()), () -> trustManager(null));
  }

  public static TrustManager[] asArray() {
    return new TrustManager[] {create()};
  }

  /** Whether a chain needed the JDK's trust store (for tests and the benchmark's check). */
  boolean fallbackLoaded() {
    return fallback != null;
  }

  static KeyStore amazonRoots() {
    try (InputStream pem = AmazonRootsTrustManager.class.getResourceAsStream(ROOTS)) {
      if (pem == null) {
        throw new IllegalStateException(ROOTS + " is missing from the class path");
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      int i = 0;
      for (Certificate root : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
        store.setCertificateEntry("amazon-root-" + i++, root);
      }
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read " + ROOTS, e);
    }
  }

  /** The JDK's PKIX trust manager over the given store (null: the JDK's default store). */
  static X509ExtendedTrustManager trustManager(KeyStore store) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager tm : factory.getTrustManagers()) {
        if (tm instanceof X509ExtendedTrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the JDK offers no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a trust manager", e);
    }
  }

  private X509ExtendedTrustManager fallback() {
    X509ExtendedTrustManager f = fallback;
    if (f == null) {
      f = fallbackSource.get();
      fallback = f;
    }
    return f;
  }

  /** One server check against Amazon's roots, retried against the JDK's trust if that fails. */
  private interface Check {
    void against(X509ExtendedTrustManager tm) throws CertificateException;
  }

  private void serverCheck(Check check) throws CertificateException {
    try {
      check.against(amazon);
    } catch (CertificateException notAmazons) {
      check.against(fallback());
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    serverCheck(tm -> tm.checkServerTrusted(chain, authType));
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    serverCheck(tm -> tm.checkServerTrusted(chain, authType, socket));
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    serverCheck(tm -> tm.checkServerTrusted(chain, authType, engine));
  }

  // The SDK's clients never accept TLS connections; client certificates go to the full store.
  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    fallback().checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    fallback().checkClientTrusted(chain, authType, socket);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    fallback().checkClientTrusted(chain, authType, engine);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return amazon.getAcceptedIssuers();
  }
}
