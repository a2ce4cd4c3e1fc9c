package com.claims01940.local;

import com.claims01940.json.Json;
import com.claims01940.local.servers.Ports;
import com.claims01940.local.servers.RepoPaths;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test on loopback: N clients for S seconds against the local API (its own stack
 * unless --url names one on this machine), mixing valid claims for every payer and route with
 * invalid ones. Reports statuses, connection errors and latency percentiles; exits 1 on any 5xx or
 * connection error. A benchmark, not a test: its figures go in the README.
 */
public final class LoadTest {
  private LoadTest() {}

  public static void main(String[] args) throws Exception {
    int clients = 32;
    int seconds = 30;
    String url = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--url" -> url = args[i + 1];
        default ->
            throw new IllegalArgumentException(
                "usage: load-test.sh [--clients N] [--seconds S] [--url http://127.0.0.1:3000]");
      }
    }
    LocalRun stack = null;
    if (url == null) {
      System.setProperty(com.claims01940.runtime.Settings.POLICY_CACHE_TTL_SECONDS, "300");
      com.claims01940.runtime.Log.to(
          new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      stack = LocalRun.start(Ports.free());
      url = stack.apiUrl();
      token = stack.token(LocalAuth.Role.STAFF);
    } else if (java.nio.file.Files.exists(LocalAuth.keyFile())) {
      // The running stack's key (local/start-api.sh wrote it): a staff token, as local/token.sh.
      token = LocalAuth.load(LocalAuth.keyFile()).token(LocalAuth.Role.STAFF, "load-test", null);
    }
    if (!URI.create(url).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]")) {
      throw new IllegalArgumentException(
          "load tests only target this machine's loopback addresses");
    }
    try {
      Result r = run(url, clients, Duration.ofSeconds(seconds));
      System.out.println(r.report(clients, seconds));
      System.exit(r.serverErrors.get() == 0 && r.connectionErrors.get() == 0 ? 0 : 1);
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  static final class Result {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong connectionErrors = new AtomicLong();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final List<long[]> latencies = new ArrayList<>();

    String report(int clients, int seconds) {
      long[] all =
          latencies.stream()
              .flatMapToLong(java.util.Arrays::stream)
              .filter(v -> v > 0)
              .sorted()
              .toArray();
      Map<Integer, Long> byStatus = new TreeMap<>();
      statuses.forEach((k, v) -> byStatus.put(k, v.get()));
      return String.format(
          "clients %d, %d s: %d requests (%.0f/s); statuses %s; 5xx %d; connection errors %d; "
              + "latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f",
          clients,
          seconds,
          requests.get(),
          requests.get() / (double) seconds,
          byStatus,
          serverErrors.get(),
          connectionErrors.get(),
          pct(all, 50),
          pct(all, 90),
          pct(all, 99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
      return sorted.length == 0
          ? 0
          : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
  }

  static Result run(String url, int clients, Duration duration) throws Exception {
    List<HttpRequest> requests = requests(url);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Result result = new Result();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      long[] samples = new long[2_000_000];
      synchronized (result.latencies) {
        result.latencies.add(samples);
      }
      int seed = c;
      pool.submit(
          () -> {
            Random random = new Random(seed);
            int n = 0;
            while (System.nanoTime() < deadline && n < samples.length) {
              HttpRequest request = requests.get(random.nextInt(requests.size()));
              long start = System.nanoTime();
              try {
                int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                samples[n++] = System.nanoTime() - start;
                result.statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                if (status >= 500) {
                  result.serverErrors.incrementAndGet();
                }
              } catch (Exception e) {
                result.connectionErrors.incrementAndGet();
              }
              result.requests.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
    return result;
  }

  /** Valid claims for each payer on each route, and the usual bad requests, in a fixed mix. */
  static List<HttpRequest> requests(String url) throws Exception {
    String clean =
        Files.readString(
            RepoPaths.root().resolve("shared/domain/src/test/resources/claims/clean-claim.json"));
    List<HttpRequest> out = new ArrayList<>();
    for (String route :
        List.of(
            "/v1/claims/validate",
            "/v1/claims/validate/modifiers",
            "/v1/claims/validate/documentation",
            "/v1/claims/validate/coverage")) {
      for (String payer : List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC")) {
        ObjectNode c = (ObjectNode) Json.MAPPER.readTree(clean);
        c.put("payerId", payer);
        out.add(post(url + route, "application/json", c.toString()));
        c.withArray("/anesthesia/modifiers").removeAll().add("QS").add("AA");
        out.add(post(url + route, "application/json", c.toString()));
      }
      out.add(post(url + route, "application/json", "{\"claimId\": "));
      out.add(post(url + route, "application/json", "{\"claimId\": \"C-1\"}"));
      out.add(post(url + route, "text/plain", clean));
      out.add(post(url + route, "application/json", clean.replace("\"01940\"", "\"01939\"")));
    }
    out.add(builder(URI.create(url + "/v1/payers")).build());
    out.add(builder(URI.create(url + "/v1/rules")).build());
    out.add(
        HttpRequest.newBuilder(
                URI.create(url + "/v1/payers/MEDICARE/policy?dateOfService=2026-03-14"))
            .build());
    out.add(builder(URI.create(url + "/v1/nowhere")).build());
    return out;
  }

  /** The bearer token every request carries (null when the stack's authorizer is off). */
  private static String token;

  static HttpRequest.Builder builder(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static HttpRequest post(String url, String type, String body) {
    return builder(URI.create(url))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
