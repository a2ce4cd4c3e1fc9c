package com.claims01940.local.servers;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Chooses the local DynamoDB: LocalStack through Testcontainers when a Docker engine answers,
 * otherwise dynalite. {@code CLAIMS_LOCAL_DYNAMODB=dynalite|localstack} forces one.
 */
public final class LocalAws {
  private LocalAws() {}

  static final DockerImageName LOCALSTACK = DockerImageName.parse("localstack/localstack:4.4");

  public static LocalEndpoint dynamoDb() {
    String forced = System.getenv("CLAIMS_LOCAL_DYNAMODB");
    if ("localstack".equals(forced) || (forced == null && dockerAvailable())) {
      return localStack();
    }
    return DynaliteServer.start();
  }

  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static LocalEndpoint localStack() {
    LocalStackContainer container = new LocalStackContainer(LOCALSTACK).withServices(LocalStackContainer.Service.DYNAMODB);
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
