package com.claims01940.bench;

import com.claims01940.local.SamTemplate;
import com.claims01940.local.servers.RepoPaths;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What writing metrics adds to a cold start: fresh JVMs, C1 + AppCDS as the functions run,
 * interleaved run by run: the baseline's work alone, the same plus one line from our EMF writer,
 * the same plus one line from the official library ({@code
 * software.amazon.cloudwatchlogs:aws-embedded-metrics}), in Lambda mode as on AWS. The issue's
 * rule: the library unless it costs more than 0.05x the baseline.
 */
public final class MetricsCostBench {
  private MetricsCostBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path root = RepoPaths.root();
    String classpath = System.getProperty("java.class.path");
    SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
    String function =
        root.resolve(template.function("ClaimFunction").orElseThrow().codeUri()).toString();
    String library =
        String.join(
            File.pathSeparator,
            ColdStartBench.jar(classpath, "aws-embedded-metrics"),
            ColdStartBench.jar(classpath, "slf4j-api"),
            ColdStartBench.jar(classpath, "javatuples"),
            ColdStartBench.jar(classpath, "commons-lang3"),
            ColdStartBench.jar(classpath, "jackson-datatype-jsr310"));
    String cp =
        String.join(
            File.pathSeparator, function, ColdStartBench.benchJar(root).toString(), library);
    String event = root.resolve(ColdStartBench.EVENTS.get("ClaimFunction")).toString();
    Path archives = Files.createDirectories(root.resolve("local/bench/target/appcds"));
    // Lambda mode, as on AWS: the library then writes to standard output and never probes for an
    // EC2 agent.
    Map<String, String> env =
        Map.of("AWS_LAMBDA_FUNCTION_NAME", "bench", "AWS_EMF_ENVIRONMENT", "Lambda");
    // The cold-start table's baseline (a default JVM, Jackson parses the event) is the unit of
    // every ratio.
    String jackson =
        String.join(
            File.pathSeparator,
            ColdStartBench.jar(classpath, "jackson-databind"),
            ColdStartBench.jar(classpath, "jackson-core"),
            ColdStartBench.jar(classpath, "jackson-annotations"),
            ColdStartBench.benchJar(root).toString());
    List<String> baseline = List.of("-cp", jackson, BaselineMain.class.getName(), event);
    List<String> work =
        ColdStartBench.archived(
            List.of("-cp", cp, BaselineMain.class.getName(), event),
            archives.resolve("metrics-baseline.jsa"),
            env,
            root);
    List<String> ours =
        ColdStartBench.archived(
            List.of("-cp", cp, MetricsPartMain.class.getName(), "ours", event),
            archives.resolve("metrics-ours.jsa"),
            env,
            root);
    List<String> lib =
        ColdStartBench.archived(
            List.of("-cp", cp, MetricsPartMain.class.getName(), "library", event),
            archives.resolve("metrics-library.jsa"),
            env,
            root);
    double[] ms =
        ColdStartBench.medians(
            runs, baseline, List.of(work, ours, lib), List.of(env, env, env), root);
    System.out.printf(
        "%-56s %8s   %s%n", "median of " + runs + ", interleaved", "ms", "added, in baselines");
    System.out.printf("%-56s %8.0f%n", "baseline (default JVM, Jackson parses the event)", ms[0]);
    System.out.printf("%-56s %8.0f%n", "the same work, C1 + AppCDS as the functions run", ms[1]);
    System.out.printf(
        "%-56s %8.0f   %+.3fx%n",
        "  + one line from our EMF writer", ms[2], (ms[2] - ms[1]) / ms[0]);
    System.out.printf(
        "%-56s %8.0f   %+.3fx%n",
        "  + one line from the official EMF library", ms[3], (ms[3] - ms[1]) / ms[0]);
  }
}
