package com.claims01940.local.servers;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Chooses the local AWS APIs: LocalStack through Testcontainers when a Docker engine answers,
 * otherwise dynalite (DynamoDB) and s3proxy (S3). {@code CLAIMS_LOCAL_AWS=local|localstack} forces
 * one.
 */
public final class LocalAws {
  private LocalAws() {}

  static final DockerImageName LOCALSTACK = DockerImageName.parse("localstack/localstack:4.4");

  public static LocalEndpoint dynamoDb() {
    return dynamoDb(0);
  }

  public static LocalEndpoint s3() {
    return s3(0);
  }

  /** On the given loopback port (0: any free one); LocalStack picks its own mapped port. */
  public static LocalEndpoint dynamoDb(int port) {
    return useLocalStack()
        ? localStack(LocalStackContainer.Service.DYNAMODB)
        : DynaliteServer.start(port == 0 ? Ports.free() : port);
  }

  public static LocalEndpoint s3(int port) {
    return useLocalStack()
        ? localStack(LocalStackContainer.Service.S3)
        : S3ProxyServer.start(port == 0 ? Ports.free() : port);
  }

  static boolean useLocalStack() {
    String forced = System.getenv("CLAIMS_LOCAL_AWS");
    return "localstack".equals(forced) || (forced == null && dockerAvailable());
  }

  private static Boolean docker;

  /** Asked once per JVM: Testcontainers' probe takes a moment when no engine answers. */
  public static synchronized boolean dockerAvailable() {
    if (docker == null) {
      docker = probeDocker();
    }
    return docker;
  }

  private static boolean probeDocker() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static LocalEndpoint localStack(LocalStackContainer.Service service) {
    LocalStackContainer container = new LocalStackContainer(LOCALSTACK).withServices(service);
    container.start();
    return new LocalEndpoint() {
      @Override
      public URI endpoint() {
        return container.getEndpoint();
      }

      @Override
      public String kind() {
        return "localstack";
      }

      @Override
      public void close() {
        container.stop();
      }
    };
  }
}
