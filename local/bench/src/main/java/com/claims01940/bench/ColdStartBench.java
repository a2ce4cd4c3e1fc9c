package com.claims01940.bench;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.local.CodeSetTable;
import com.claims01940.local.PolicyTable;
import com.claims01940.local.SamTemplate;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.local.servers.RepoPaths;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured as whole processes. For each API function: a fresh JVM with only the
 * function's deployable jar (plus the runtime's serialization library) loads the handler as the
 * Lambda runtime does, answers one event with policies from dynalite on loopback, and exits. Side
 * by side, interleaved run by run: the baseline (default JVM, Jackson parses the event, constant
 * answer) and the function with the default JVM, with the JVM options template.yaml gives every API
 * function (C1 only, serial GC: "C1" below), and with those and an AppCDS archive. Then, per
 * function, what SnapStart leaves to the first caller: the first request after init, priming and
 * the restore hooks in one JVM. Both figures go to {@code local/bench/target/cold-start.json}.
 */
public final class ColdStartBench {
  private ColdStartBench() {}

  static final Map<String, String> EVENTS = new LinkedHashMap<>();

  static final String FULL_ICD10CM = System.getenv("ICD10CM_FULL");

  /** The API functions' JAVA_TOOL_OPTIONS from template.yaml, so the bench runs what deploys. */
  static final SamTemplate TEMPLATE = SamTemplate.load(RepoPaths.root().resolve("template.yaml"));

  static final List<String> FUNCTION_OPTIONS =
      List.of(
          TEMPLATE
              .document()
              .at("/Globals/Function/Environment/Variables/JAVA_TOOL_OPTIONS")
              .asText()
              .trim()
              .split("\\s+"));

  static {
    EVENTS.put("ModifiersFunction", "events/modifiers-validate.json");
    EVENTS.put("DocumentationFunction", "events/documentation-validate.json");
    EVENTS.put("CoverageFunction", "events/coverage-validate.json");
    EVENTS.put("ClaimFunction", "events/claim-validate.json");
    EVENTS.put("PayersFunction", "events/payers-list.json");
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path root = RepoPaths.root();
    String classpath = System.getProperty("java.class.path");
    String serialization = jar(classpath, "aws-lambda-java-serialization");
    String baselineCp =
        String.join(
            File.pathSeparator,
            root.resolve("local/bench/target/classes").toString(),
            jar(classpath, "jackson-databind"),
            jar(classpath, "jackson-core"),
            jar(classpath, "jackson-annotations"));
    SamTemplate template = TEMPLATE;
    System.out.println("API functions' JVM options (template.yaml): " + FUNCTION_OPTIONS);
    Path archives = Files.createDirectories(root.resolve("local/bench/target/appcds"));
    try (DynaliteServer dynalite = DynaliteServer.start()) {
      try (var c = DynamoDbClients.dynamoDb("us-east-1", dynalite.endpoint())) {
        new PolicyTable(c, "policies").createSeeded();
        new CodeSetTable(c, "codesets").createSeeded();
        if (FULL_ICD10CM != null) {
          DynamoDbReadsBench.seedWithFullIcd10cm(
              new CodeSetTable(c, "codesets-full"), Path.of(FULL_ICD10CM));
        }
      }
      Map<String, String> env = functionEnv(dynalite.endpoint(), "300");
      // ICD10CM_FULL: the same jars, C1 + AppCDS, reading a reference table where that whole order
      // file stands for every fiscal year FY2022-FY2026 (as CMS's full files would), in the same
      // interleaved rounds: the cold-start cost of full code sets over the shipped extracts.
      Map<String, String> fullEnv = new LinkedHashMap<>(env);
      fullEnv.put("CODESET_TABLE", "codesets-full");
      // COLD_START_BEFORE: the root of an earlier build (e.g. a git worktree of the previous
      // commit,
      // packaged): its function jars are measured in the same interleaved rounds, so a change's
      // cost is a difference within one run, not between two runs on a drifting machine.
      String before = System.getenv("COLD_START_BEFORE");
      System.out.printf(
          "%-22s %10s %10s %10s %10s   %s%s%n",
          "function (median ms)",
          "baseline",
          "default",
          "C1",
          "C1+AppCDS",
          "ratios to baseline",
          (before == null ? "" : "   before: C1+AppCDS, ratio, change")
              + (FULL_ICD10CM == null ? "" : "   full ICD-10-CM: C1+AppCDS, ratio, change"));
      List<String> baseline = List.of("-cp", baselineCp, BaselineMain.class.getName());
      Map<String, Map<String, Double>> results = new LinkedHashMap<>();
      for (var e : EVENTS.entrySet()) {
        SamTemplate.Function f = template.function(e.getKey()).orElseThrow();
        String event = root.resolve(e.getValue()).toString();
        List<String> main =
            functionMain(root.resolve(f.codeUri()), classpath, serialization, f, event);
        List<String> withArchive = archived(main, archives.resolve(e.getKey() + ".jsa"), env, root);
        List<List<String>> variants =
            new java.util.ArrayList<>(List.of(main, concat(FUNCTION_OPTIONS, main), withArchive));
        if (before != null) {
          List<String> old =
              functionMain(
                  Path.of(before).resolve(f.codeUri()), classpath, serialization, f, event);
          variants.add(archived(old, archives.resolve(e.getKey() + "-before.jsa"), env, root));
        }
        List<Map<String, String>> envs = new ArrayList<>(Collections.nCopies(variants.size(), env));
        if (FULL_ICD10CM != null) {
          variants.add(withArchive);
          envs.add(fullEnv);
        }
        double[] ms = medians(runs, concat(baseline, List.of(event)), variants, envs, root);
        double afterPriming = afterPriming(runs, concat(FUNCTION_OPTIONS, main), env, root);
        results.put(
            e.getKey(), Map.of("ratio", round(ms[3] / ms[0]), "afterPrimingMs", afterPriming));
        System.out.printf(
            "%-22s %10.0f %10.0f %10.0f %10.0f   %.2fx / %.2fx / %.2fx   after priming %.1f ms%s%s%n",
            e.getKey(),
            ms[0],
            ms[1],
            ms[2],
            ms[3],
            ms[1] / ms[0],
            ms[2] / ms[0],
            ms[3] / ms[0],
            afterPriming,
            before == null
                ? ""
                : String.format(
                    "   %10.0f %.2fx %+.2fx", ms[4], ms[4] / ms[0], (ms[3] - ms[4]) / ms[0]),
            FULL_ICD10CM == null
                ? ""
                : String.format(
                    "   %10.0f %.2fx %+.2fx",
                    ms[ms.length - 1],
                    ms[ms.length - 1] / ms[0],
                    (ms[ms.length - 1] - ms[3]) / ms[0]));
      }
      Path json = root.resolve("local/bench/target/cold-start.json");
      Files.writeString(
          json,
          com.claims01940.json.Json.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(Map.of("functions", results)));
      System.out.println("written: " + root.relativize(json));
      // Where a function's time goes: its parts alone, each C1 + AppCDS as the function runs.
      System.out.printf(
          "%n%-44s %10s %10s   %s%n",
          "part alone, C1+AppCDS (median ms)", "baseline", "part", "ratio to baseline");
      String partsCp =
          root.resolve(template.function("ClaimFunction").orElseThrow().codeUri())
              + File.pathSeparator
              + benchJar(root)
              + File.pathSeparator
              + serialization
              // The event classes a typed handler would carry in its jar (ours no longer do).
              + File.pathSeparator
              + jar(classpath, "aws-lambda-java-events")
              + File.pathSeparator
              + jar(classpath, "joda-time");
      String event = root.resolve(EVENTS.get("ClaimFunction")).toString();
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put("serializer", "runtime serializer: event in, constant out");
      parts.put("reader", "our event reader: event in, constant out");
      parts.put("query", "the SDK's DynamoDB client (as the functions) + one Query");
      parts.put("serializer+query", "runtime serializer + one Query");
      parts.put("reader+query", "our event reader + one Query (the floor)");
      for (var part : parts.entrySet()) {
        List<String> main =
            List.of("-cp", partsCp, ColdStartPartsMain.class.getName(), part.getKey(), event);
        double[] ms =
            medians(
                runs,
                concat(baseline, List.of(event)),
                List.of(
                    archived(
                        main,
                        archives.resolve("part-" + part.getKey().replace('+', '-') + ".jsa"),
                        env,
                        root)),
                List.of(env),
                root);
        System.out.printf(
            "%-44s %10.0f %10.0f   %.2fx%n", part.getValue(), ms[0], ms[1], ms[1] / ms[0]);
      }
    }
  }

  /**
   * What SnapStart leaves to the first caller: the median time of the first request after init,
   * priming and the restore hooks, within one JVM with the template's options (the time {@code
   * LambdaMain --primed} prints).
   */
  static double afterPriming(int runs, List<String> main, Map<String, String> env, Path root)
      throws Exception {
    long[] micros = new long[runs];
    for (int i = 0; i < runs; i++) {
      String out =
          output(
              concat(
                  List.of("-Dorg.crac.Core.Compat=com.claims01940.local.snapshot"),
                  concat(main, List.of("--primed"))),
              env,
              root);
      var m = java.util.regex.Pattern.compile("afterPrimingMs=([0-9.]+)").matcher(out);
      if (!m.find() || !out.contains("\"statusCode\":200")) {
        throw new IllegalStateException("no primed answer: " + out);
      }
      micros[i] = Math.round(Double.parseDouble(m.group(1)) * 1000);
    }
    return round(median(micros) / 1000);
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** A function's jar run as the Lambda runtime would, on one event (AppCDS takes jars only). */
  static List<String> functionMain(
      Path jar, String classpath, String serialization, SamTemplate.Function f, String event) {
    String cp = jar + File.pathSeparator + launcher(classpath) + File.pathSeparator + serialization;
    return List.of("-cp", cp, "com.claims01940.local.LambdaMain", f.handlerClass(), event);
  }

  /**
   * The environment a function under test gets, as Lambda and template.yaml would give it: the
   * seeded "policies" and "codesets" tables on the given DynamoDB endpoint, region and (any)
   * credentials.
   */
  static Map<String, String> functionEnv(java.net.URI dynamoDb, String cacheTtlSeconds) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("POLICY_TABLE", "policies");
    env.put("CODESET_TABLE", "codesets");
    env.put("DYNAMODB_ENDPOINT", dynamoDb.toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    env.put("POLICY_CACHE_TTL_SECONDS", cacheTtlSeconds);
    return env;
  }

  /**
   * The template's JVM options with an AppCDS archive made by one training run (JDK 13+ dynamic
   * archive of every class loaded).
   */
  static List<String> archived(List<String> main, Path jsa, Map<String, String> env, Path root)
      throws Exception {
    run(
        concat(concat(FUNCTION_OPTIONS, List.of("-XX:ArchiveClassesAtExit=" + jsa)), main),
        env,
        root,
        true);
    return concat(
        concat(FUNCTION_OPTIONS, List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto")), main);
  }

  /**
   * Median wall times (ms) of the baseline, then of each variant (with its own environment), run
   * interleaved round by round; a first round warms the file cache and is not counted.
   */
  static double[] medians(
      int runs,
      List<String> baseline,
      List<List<String>> variants,
      List<Map<String, String>> envs,
      Path root)
      throws Exception {
    long[][] times = new long[variants.size() + 1][runs];
    for (int i = -1; i < runs; i++) {
      long b = run(baseline, Map.of(), root, false);
      if (i >= 0) {
        times[0][i] = b;
      }
      for (int v = 0; v < variants.size(); v++) {
        long t = run(variants.get(v), envs.get(v), root, true);
        if (i >= 0) {
          times[v + 1][i] = t;
        }
      }
    }
    double[] out = new double[times.length];
    for (int v = 0; v < times.length; v++) {
      out[v] = median(times[v]);
    }
    return out;
  }

  static Path benchJar(Path root) throws java.io.IOException {
    try (var files = Files.list(root.resolve("local/bench/target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("bench-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("local/bench is not packaged; run mvn install"));
    }
  }

  /** Wall time of one whole process in ms; checks a function answered 200. */
  static long run(List<String> jvmArgs, Map<String, String> env, Path dir, boolean function)
      throws Exception {
    long start = System.nanoTime();
    String text = output(jvmArgs, env, dir);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (function && !text.contains("\"statusCode\":200")) {
      throw new IllegalStateException("the function did not answer 200: " + text);
    }
    return ms;
  }

  /** What one whole process printed; it must exit 0 within a minute. */
  static String output(List<String> jvmArgs, Map<String, String> env, Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment()
        .keySet()
        .removeIf(k -> k.startsWith("JAVA_TOOL_OPTIONS") || k.startsWith("_JAVA_OPTIONS"));
    pb.environment().putAll(env);
    if (jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"))) {
      // The dump warns about classes CDS cannot store (old class-file versions); that is expected.
      command.add(1, "-Xlog:cds=off");
      command.add(1, "-Xlog:cds+dynamic=off");
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("process failed: " + command + "\n" + new String(out));
    }
    return new String(out);
  }

  static double median(long[] values) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static String launcher(String classpath) {
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(p -> p.matches(".*/local-[0-9][^/]*\\.jar"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no local module jar on the class path"));
  }

  static String jar(String classpath, String name) {
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(p -> p.contains("/" + name + "/"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + name + " on the class path"));
  }
}
