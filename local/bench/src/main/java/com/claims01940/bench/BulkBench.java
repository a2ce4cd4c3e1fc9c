package com.claims01940.bench;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.json.Json;
import com.claims01940.local.CodeSetTable;
import com.claims01940.local.PolicyTable;
import com.claims01940.local.S3Events;
import com.claims01940.local.SamTemplate;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.local.servers.Ports;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.runtime.Settings;
import com.claims01940.s3.S3Clients;
import com.claims01940.s3.UploadKeys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Bulk throughput and memory: NDJSON files of N claims and an 837P of 5,000 claims through the bulk
 * function (its deployable jar, a fresh JVM sized like a 1 GB Lambda) against a file-backed s3proxy
 * and dynalite, side by side with a raw Jackson stream over the same S3 read and write.
 */
public final class BulkBench {
  private BulkBench() {}

  static final String BUCKET = "bench";
  static final List<String> PAYERS = List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC");

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100_000, 1_000_000);
    }
    Path root = RepoPaths.root();
    Path work = Files.createDirectories(root.resolve("local/bench/target/bulk"));
    Path store = work.resolve("s3");
    if (Files.exists(store)) {
      try (var files = Files.walk(store)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    Files.createDirectories(store);
    int s3Port = Ports.free();
    String cp = System.getProperty("java.class.path");
    Process s3proxy =
        new ProcessBuilder(
                java(),
                "-Xmx1g",
                "-cp",
                cp,
                "com.claims01940.local.servers.S3ProxyServer",
                Integer.toString(s3Port),
                store.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("s3proxy.log").toFile())
            .start();
    s3proxyPid = s3proxy.pid();
    try (DynaliteServer dynalite = DynaliteServer.start()) {
      URI s3Endpoint = URI.create("http://127.0.0.1:" + s3Port);
      if (!com.claims01940.local.servers.Ports.awaitOpen(s3Port, Duration.ofSeconds(30), s3proxy)) {
        throw new IllegalStateException(
            "s3proxy did not start; see " + work.resolve("s3proxy.log"));
      }
      try (var c = DynamoDbClients.dynamoDb("us-east-1", dynalite.endpoint())) {
        new PolicyTable(c, "policies").createSeeded();
        new CodeSetTable(c, "codesets").createSeeded();
      }
      // POLICY_CACHE_TTL_SECONDS=0 measures the local stack's setting (policy edits show at once).
      Map<String, String> env =
          ColdStartBench.functionEnv(
              dynalite.endpoint(), System.getenv().getOrDefault("POLICY_CACHE_TTL_SECONDS", "300"));
      env.put("S3_ENDPOINT", s3Endpoint.toString());
      env.put("UPLOADS_BUCKET", BUCKET);
      env.put(Settings.BULK_MAX_RECORDS, "100000000");
      env.put(Settings.MAX_UPLOAD_BYTES, Long.toString(Long.MAX_VALUE));
      try (S3Client s3 = S3Clients.s3("us-east-1", s3Endpoint)) {
        s3.createBucket(b -> b.bucket(BUCKET));
        System.out.printf(
            "%-22s %10s %10s %12s %12s %10s %12s %14s %16s%n",
            "input",
            "records",
            "seconds",
            "records/s",
            "raw rec/s",
            "vs raw",
            "peak RSS MB",
            "CPU s (raw)",
            "s3proxy CPU s (raw)");
        for (int n : sizes) {
          Path file = work.resolve("claims-" + n + ".ndjson");
          writeNdjson(file, n);
          String key = "uploads/bench/claims-" + n + ".ndjson";
          Run bulk = bulk(s3, key, file, profiled(env, "ndjson-" + n), root, work);
          Run raw =
              run(
                  List.of(
                      java(),
                      "-XX:MaxRAM=1g",
                      "-cp",
                      cp,
                      RawNdjsonMain.class.getName(),
                      BUCKET,
                      key),
                  env,
                  root);
          System.out.printf(
              "%-22s %10d %10.1f %12.0f %12.0f %9.0f%% %12.0f %14s %16s%n",
              "NDJSON",
              n,
              bulk.seconds,
              n / bulk.seconds,
              n / raw.seconds,
              100 * raw.seconds / bulk.seconds,
              bulk.peakRssMb,
              String.format("%.0f (%.0f)", bulk.cpuSeconds, raw.cpuSeconds),
              String.format("%.0f (%.0f)", bulk.s3proxyCpuSeconds, raw.s3proxyCpuSeconds));
          Files.deleteIfExists(file);
        }
        Path x12 = work.resolve("claims-5000.837");
        Files.writeString(x12, X12Files.claims(5_000));
        Run run = bulk(s3, "uploads/bench/claims-5000.837", x12, profiled(env, "x12"), root, work);
        System.out.printf(
            "%-22s %10d %10.1f %12.0f %12s %10s %12.0f %14.0f %16.0f%n",
            "X12 837P",
            5_000,
            run.seconds,
            5_000 / run.seconds,
            "-",
            "-",
            run.peakRssMb,
            run.cpuSeconds,
            run.s3proxyCpuSeconds);
      }
    } finally {
      s3proxy.destroy();
      s3proxy.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Wall time, peak RSS and CPU time of the measured process, and the CPU time s3proxy spent
   * meanwhile.
   */
  record Run(
      double seconds,
      double peakRssMb,
      double cpuSeconds,
      double s3proxyCpuSeconds,
      String output) {}

  static long s3proxyPid;

  /**
   * The bulk function's environment, with BENCH_JAVA_TOOL_OPTIONS for profiling one run, {run}
   * naming it, e.g. -XX:StartFlightRecording=filename=bulk-{run}.jfr,settings=profile.
   */
  static Map<String, String> profiled(Map<String, String> env, String run) {
    String profiling = System.getenv("BENCH_JAVA_TOOL_OPTIONS");
    if (profiling == null) {
      return env;
    }
    Map<String, String> copy = new java.util.HashMap<>(env);
    copy.put("JAVA_TOOL_OPTIONS", profiling.replace("{run}", run));
    return copy;
  }

  static Run bulk(S3Client s3, String key, Path file, Map<String, String> env, Path root, Path work)
      throws Exception {
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromFile(file));
    String etag = s3.headObject(b -> b.bucket(BUCKET).key(key)).eTag();
    Path event = work.resolve("event.json");
    Files.writeString(event, S3Events.objectCreated(BUCKET, key, etag, Files.size(file)));
    SamTemplate.Function f =
        SamTemplate.load(root.resolve("template.yaml")).function("BulkFunction").orElseThrow();
    String classpath =
        root.resolve(f.codeUri())
            + File.pathSeparator
            + ColdStartBench.launcher(System.getProperty("java.class.path"))
            + File.pathSeparator
            + ColdStartBench.jar(
                System.getProperty("java.class.path"), "aws-lambda-java-serialization");
    // A fixed heap, as a function's memory setting fixes it: RSS then shows whether use grows with
    // N.
    Run run =
        run(
            List.of(
                java(),
                "-XX:MaxRAM=1g",
                "-Xms256m",
                "-Xmx256m",
                "-cp",
                classpath,
                "com.claims01940.local.LambdaMain",
                f.handlerClass(),
                event.toString()),
            env,
            root);
    var summary =
        Json.MAPPER.readTree(
            s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key)))
                .asByteArray());
    if (summary.path("records").asLong() == 0) {
      throw new IllegalStateException("no records processed: " + summary);
    }
    s3.deleteObject(b -> b.bucket(BUCKET).key(UploadKeys.summaryKey(key)));
    return run;
  }

  /** Runs a process to completion, sampling its peak resident set (VmHWM) from /proc. */
  static Run run(List<String> command, Map<String, String> env, Path dir) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("bench", ".out");
    pb.redirectOutput(out.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peakKb = 0;
    double cpu = 0;
    double s3proxyBefore = cpuSeconds(s3proxyPid);
    while (p.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
          }
        }
        cpu = Math.max(cpu, cpuSeconds(p.pid()));
      } catch (java.io.IOException exited) {
        break;
      }
      Thread.sleep(50);
    }
    p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(out);
    if (p.exitValue() != 0) {
      throw new IllegalStateException("failed: " + command + "\n" + output);
    }
    return new Run(seconds, peakKb / 1024.0, cpu, cpuSeconds(s3proxyPid) - s3proxyBefore, output);
  }

  /**
   * User + system CPU seconds a process has used so far (/proc/PID/stat, in 1/100 s ticks); 0 once
   * it is gone.
   */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (java.io.IOException | RuntimeException gone) {
      return 0;
    }
  }

  static void writeNdjson(Path file, int n) throws Exception {
    ObjectNode claim = (ObjectNode) Json.MAPPER.readTree(Claims.cleanJson());
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < n; i++) {
        claim.put("claimId", "N-" + i);
        claim.put("payerId", PAYERS.get(i % PAYERS.size()));
        w.write(claim.toString());
        w.write('\n');
      }
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
