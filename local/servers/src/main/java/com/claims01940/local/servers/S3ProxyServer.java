package com.claims01940.local.servers;

import java.net.URI;
import java.util.List;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * s3proxy embedded on a free loopback port, over jclouds' in-memory ("transient") blob store,
 * checking SigV4 signatures for the local/local key the project's local clients use. S3 clients
 * must use path-style addressing and checksum mode WHEN_REQUIRED against it.
 */
public final class S3ProxyServer implements LocalEndpoint {
  public static final String KEY = "local";

  private final S3Proxy proxy;
  private final BlobStoreContext context;
  private final int port;

  private S3ProxyServer(S3Proxy proxy, BlobStoreContext context, int port) {
    this.proxy = proxy;
    this.context = context;
    this.port = port;
  }

  public static S3ProxyServer start() {
    return start(Ports.free());
  }

  public static S3ProxyServer start(int port) {
    return start(
        port,
        ContextBuilder.newBuilder("transient").credentials(KEY, KEY).build(BlobStoreContext.class));
  }

  /** Objects kept as files under the folder: for benchmarks whose data would not fit in memory. */
  public static S3ProxyServer start(int port, java.nio.file.Path folder) {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
    return start(
        port,
        ContextBuilder.newBuilder("filesystem")
            .credentials(KEY, KEY)
            .overrides(p)
            .build(BlobStoreContext.class));
  }

  /** Runs a file-backed s3proxy in its own process: {@code S3ProxyServer <port> <folder>}. */
  public static void main(String[] args) throws InterruptedException {
    S3ProxyServer server = start(Integer.parseInt(args[0]), java.nio.file.Path.of(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("s3proxy ready on " + server.endpoint());
    Thread.currentThread().join();
  }

  private static S3ProxyServer start(int port, BlobStoreContext context) {
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, KEY)
            // The web console on loopback PUTs files to presigned URLs and downloads results, as a
            // browser does against the uploads bucket's CORS rules on AWS.
            .corsRules(
                new CrossOriginResourceSharing(
                    List.of("http://127\\.0\\.0\\.1:[0-9]+", "http://localhost:[0-9]+"),
                    List.of("GET", "PUT", "HEAD"),
                    List.of("content-type"),
                    List.of("ETag"),
                    "false"))
            .build();
    try {
      proxy.start();
    } catch (Exception e) {
      context.close();
      throw new IllegalStateException("cannot start s3proxy on port " + port, e);
    }
    S3ProxyServer server = new S3ProxyServer(proxy, context, port);
    if (!Ports.awaitOpen(port, java.time.Duration.ofSeconds(20), null)) {
      server.close();
      throw new IllegalStateException("s3proxy did not start on port " + port);
    }
    return server;
  }

  @Override
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public String kind() {
    return "s3proxy";
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      // Stopping is best effort; the JVM is usually about to exit.
    } finally {
      context.close();
    }
  }
}
