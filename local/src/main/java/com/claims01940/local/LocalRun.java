package com.claims01940.local;

import com.claims01940.aws.AwsSettings;
import com.claims01940.aws.Clients;
import com.claims01940.aws.s3.S3Clients;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.local.servers.RepoPaths;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The one-command local stack: DynamoDB and S3 on loopback (dynalite and s3proxy, or LocalStack
 * when Docker answers), the policies table created and seeded, the uploads bucket created, and
 * every route of template.yaml served on http://127.0.0.1:PORT. Ctrl-C stops all of it.
 */
public final class LocalRun implements AutoCloseable {
  public static final String TABLE = "claims01940-policies";
  public static final String UPLOADS_BUCKET = "claims01940-uploads";
  public static final String REGION = "us-east-1";

  private final LocalEndpoint dynamoDb;
  private final LocalEndpoint s3;
  private final LocalApiServer api;

  private LocalRun(LocalEndpoint dynamoDb, LocalEndpoint s3, LocalApiServer api) {
    this.dynamoDb = dynamoDb;
    this.s3 = s3;
    this.api = api;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
    LocalRun run = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(run::close));
    System.out.println("DynamoDB (" + run.dynamoDb.kind() + ") on " + run.dynamoDb.endpoint() + ", table " + TABLE);
    System.out.println("S3 (" + run.s3.kind() + ") on " + run.s3.endpoint() + ", bucket " + UPLOADS_BUCKET
        + " (access key " + "local" + ", secret local, path-style)");
    System.out.println("API ready on " + run.apiUrl());
    System.out.println("Press Ctrl-C to stop.");
    Thread.currentThread().join();
  }

  /** Starts everything; the functions read their settings from the system properties set here. */
  public static LocalRun start(int port) throws IOException {
    LocalEndpoint dynamoDb = LocalAws.dynamoDb();
    LocalEndpoint s3 = null;
    try {
      s3 = LocalAws.s3();
      try (var client = Clients.dynamoDb(REGION, dynamoDb.endpoint())) {
        new PolicyTable(client, TABLE).createSeeded();
      }
      try (var client = S3Clients.s3(REGION, s3.endpoint())) {
        client.createBucket(b -> b.bucket(UPLOADS_BUCKET));
      } catch (BucketAlreadyOwnedByYouException exists) {
        // Idempotent, like the table.
      }
      String cors = System.getenv().getOrDefault("CORS_ALLOWED_ORIGINS", "*");
      Map<String, String> settings = Map.of(
          AwsSettings.REGION, REGION,
          AwsSettings.POLICY_TABLE, TABLE,
          AwsSettings.DYNAMODB_ENDPOINT, dynamoDb.endpoint().toString(),
          AwsSettings.POLICY_CACHE_TTL_SECONDS, System.getenv().getOrDefault("POLICY_CACHE_TTL_SECONDS", "0"),
          "S3_ENDPOINT", s3.endpoint().toString(),
          "UPLOADS_BUCKET", UPLOADS_BUCKET,
          "CORS_ALLOWED_ORIGINS", cors);
      settings.forEach(System::setProperty);
      SamTemplate template = SamTemplate.load(RepoPaths.root().resolve("template.yaml"));
      List<String> origins = Arrays.stream(cors.split(",")).map(String::strip).toList();
      return new LocalRun(dynamoDb, s3, new LocalApiServer(template, port, origins));
    } catch (IOException | RuntimeException e) {
      dynamoDb.close();
      if (s3 != null) {
        s3.close();
      }
      throw e;
    }
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + api.port();
  }

  public LocalEndpoint dynamoDb() {
    return dynamoDb;
  }

  public LocalEndpoint s3() {
    return s3;
  }

  @Override
  public void close() {
    api.close();
    s3.close();
    dynamoDb.close();
  }
}
