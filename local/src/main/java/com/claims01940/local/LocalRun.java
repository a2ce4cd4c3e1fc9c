package com.claims01940.local;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.S3Clients;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The one-command local stack: DynamoDB and S3 on loopback (dynalite and s3proxy, or LocalStack
 * when Docker answers), the policies and reference tables created and seeded, the uploads bucket
 * created, and every route of template.yaml served on http://127.0.0.1:PORT, and files landing
 * under uploads/ in the bucket sent to the bulk function (polling, as S3 notifications would).
 * Ctrl-C stops all of it.
 */
public final class LocalRun implements AutoCloseable {
  public static final String TABLE = "claims01940-policies";
  public static final String HISTORY_TABLE = "claims01940-policy-history";
  public static final String CODESET_TABLE = "claims01940-codesets";
  public static final String UPLOADS_BUCKET = "claims01940-uploads";
  public static final String REGION = "us-east-1";

  private final LocalEndpoint dynamoDb;
  private final LocalEndpoint s3;
  private final LocalApiServer api;
  private final LocalAuth auth;
  private final UploadsPoller poller;
  private final S3Client s3Client;

  private LocalRun(
      LocalEndpoint dynamoDb,
      LocalEndpoint s3,
      LocalApiServer api,
      LocalAuth auth,
      UploadsPoller poller,
      S3Client s3Client) {
    this.auth = auth;
    this.dynamoDb = dynamoDb;
    this.s3 = s3;
    this.api = api;
    this.poller = poller;
    this.s3Client = s3Client;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
    int dynamoDbPort = Integer.parseInt(System.getenv().getOrDefault("DYNAMODB_PORT", "4567"));
    int s3Port = Integer.parseInt(System.getenv().getOrDefault("S3_PORT", "4568"));
    LocalRun run = start(port, dynamoDbPort, s3Port);
    Runtime.getRuntime().addShutdownHook(new Thread(run::close));
    System.out.println(
        "DynamoDB ("
            + run.dynamoDb.kind()
            + ") on "
            + run.dynamoDb.endpoint()
            + ", tables "
            + TABLE
            + ", "
            + HISTORY_TABLE
            + " and "
            + CODESET_TABLE);
    System.out.println(
        "S3 ("
            + run.s3.kind()
            + ") on "
            + run.s3.endpoint()
            + ", bucket "
            + UPLOADS_BUCKET
            + " (access key "
            + "local"
            + ", secret local, path-style)");
    System.out.println(
        "Bulk: files put under s3://" + UPLOADS_BUCKET + "/uploads/ are validated into results/");
    System.out.println(
        "Logs and metrics print below: metric lines are CloudWatch EMF objects starting {\"_aws\"");
    System.out.println("Console on " + run.apiUrl() + "/ (web/)");
    System.out.println(
        run.auth == null
            ? "Tokens: none needed (LOCAL_AUTH=off)"
            : "Tokens: local/token.sh staff|lead|none [--sub S] [--org O]; keys at "
                + run.apiUrl()
                + "/.well-known/jwks.json");
    System.out.println("API ready on " + run.apiUrl());
    System.out.println("Press Ctrl-C to stop.");
    Thread.currentThread().join();
  }

  /** Starts everything on free ports but the API's (tests). */
  public static LocalRun start(int port) throws IOException {
    return start(port, 0, 0);
  }

  /** Starts everything; the functions read their settings from the system properties set here. */
  public static LocalRun start(int port, int dynamoDbPort, int s3Port) throws IOException {
    LocalEndpoint dynamoDb = LocalAws.dynamoDb(dynamoDbPort);
    LocalEndpoint s3 = null;
    try {
      s3 = LocalAws.s3(s3Port);
      try (var client = DynamoDbClients.dynamoDb(REGION, dynamoDb.endpoint())) {
        new PolicyTable(client, TABLE).createSeeded();
        PolicyTable.createHistory(client, HISTORY_TABLE);
        new CodeSetTable(client, CODESET_TABLE).createSeeded();
      }
      S3Client s3Client = S3Clients.s3(REGION, s3.endpoint());
      try {
        s3Client.createBucket(b -> b.bucket(UPLOADS_BUCKET));
      } catch (BucketAlreadyOwnedByYouException exists) {
        // Idempotent, like the table.
      }
      String cors = setting("CORS_ALLOWED_ORIGINS", "*");
      Map<String, String> settings =
          Map.of(
              Settings.REGION, REGION,
              Settings.POLICY_TABLE, TABLE,
              Settings.POLICY_HISTORY_TABLE, HISTORY_TABLE,
              Settings.CODESET_TABLE, CODESET_TABLE,
              Settings.DYNAMODB_ENDPOINT, dynamoDb.endpoint().toString(),
              Settings.POLICY_CACHE_TTL_SECONDS, setting("POLICY_CACHE_TTL_SECONDS", "0"),
              Settings.S3_ENDPOINT, s3.endpoint().toString(),
              Settings.UPLOADS_BUCKET, UPLOADS_BUCKET,
              Settings.CORS_ALLOWED_ORIGINS, cors);
      settings.forEach(System::setProperty);
      Settings.reload();
      SamTemplate template = SamTemplate.load(RepoPaths.root().resolve("template.yaml"));
      List<String> origins = Arrays.stream(cors.split(",")).map(String::strip).toList();
      SamTemplate.Function bulk = template.function("BulkFunction").orElseThrow();
      UploadsPoller poller =
          new UploadsPoller(
              s3Client,
              UPLOADS_BUCKET,
              new LambdaFunction(bulk.logicalId(), bulk.handlerClass()),
              Duration.ofMillis(500));
      // The same token checks as API Gateway's JWT authorizer, unless LOCAL_AUTH=off.
      LocalAuth auth =
          "off".equalsIgnoreCase(setting("LOCAL_AUTH", "on")) ? null : LocalAuth.generate(template);
      if (auth != null) {
        auth.save(LocalAuth.keyFile());
      }
      return new LocalRun(
          dynamoDb, s3, new LocalApiServer(template, port, origins, auth), auth, poller, s3Client);
    } catch (IOException | RuntimeException e) {
      dynamoDb.close();
      if (s3 != null) {
        s3.close();
      }
      throw e;
    }
  }

  private static String setting(String name, String fallback) {
    String v = com.claims01940.runtime.Env.get(name);
    return v == null ? fallback : v;
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + api.port();
  }

  /**
   * A token this stack accepts, for the role (tests); null when the authorizer is off, and then no
   * token is needed.
   */
  public String token(LocalAuth.Role role) {
    return auth == null
        ? null
        : auth.token(role, role.name().toLowerCase(java.util.Locale.ROOT) + "-user", null);
  }

  public LocalAuth auth() {
    return auth;
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
    poller.close();
    s3Client.close();
    s3.close();
    dynamoDb.close();
  }
}
