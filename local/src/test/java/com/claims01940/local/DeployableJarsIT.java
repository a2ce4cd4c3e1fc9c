package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.runtime.Settings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each deployable jar (shaded and minimized, what CodeUri points at) run alone in a fresh JVM, the
 * way the Lambda runtime loads it, against the local stack: a class the shading dropped, or a
 * dependency left out, fails here rather than on AWS.
 */
class DeployableJarsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ModifiersFunction, events/modifiers-validate.json, \"statusCode\":200",
      "DocumentationFunction, events/documentation-validate.json, \"statusCode\":200",
      "CoverageFunction, events/coverage-validate.json, \"statusCode\":200",
      "ClaimFunction, events/claim-validate.json, \"statusCode\":200",
      "PayersFunction, events/payers-list.json, \"statusCode\":200",
      "UploadsFunction, events/uploads-create.json, \"statusCode\":201",
      "BulkFunction, events/s3-put-upload.json, processed 1",
  })
  void runsFromItsJarAlone(String function, String event, String expected) throws Exception {
    LocalRun stack = SharedStack.get();
    Path root = Path.of("..").toAbsolutePath().normalize();
    SamTemplate.Function f = SamTemplate.load(root.resolve("template.yaml")).function(function).orElseThrow();
    String classpath = String.join(File.pathSeparator, root.resolve(f.codeUri()).toString(), launcherJar(),
        serializationJar());
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, LambdaMain.class.getName(), f.handlerClass(), root.resolve(event).toString())
        .directory(root.toFile()).redirectErrorStream(true);
    pb.environment().putAll(Map.of(Settings.POLICY_TABLE, LocalRun.TABLE,
        Settings.DYNAMODB_ENDPOINT, stack.dynamoDb().endpoint().toString(), Settings.REGION, LocalRun.REGION,
        Settings.UPLOADS_BUCKET, LocalRun.UPLOADS_BUCKET, Settings.S3_ENDPOINT, stack.s3().endpoint().toString(),
        "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains(expected), out);
  }

  /** The launcher (LambdaMain, LambdaFunction) as a jar, as the runtime's own classes would be. */
  static String launcherJar() {
    return onClassPath(".*/local/target/classes/?|.*/local-[0-9][^/]*\\.jar");
  }

  static String serializationJar() {
    return onClassPath(".*/aws-lambda-java-serialization-[^/]*\\.jar");
  }

  static String onClassPath(String pattern) {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(p -> p.matches(pattern)).findFirst().orElseThrow(() -> new IllegalStateException("not found: " + pattern));
  }
}
