package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml through the real cfn-lint, which runs the SAM translator as {@code sam validate
 * --lint} does. Needs cfn-lint: a failure on CI without it, a counted skip elsewhere.
 */
class CfnLintTest {
  static final Path TEMPLATE = Path.of("..", "template.yaml");

  record Lint(int exitCode, String output) {}

  static boolean installed;

  @BeforeAll
  static void findCfnLint() {
    try {
      installed = run(List.of("cfn-lint", "--version")).exitCode() == 0;
    } catch (IOException e) {
      installed = false;
    }
  }

  @BeforeEach
  void cfnLintInstalled() {
    RequiredTool.require(
        installed, "cfn-lint", ".ci/run installs it: pip install cfn-lint==1.51.0");
  }

  static Lint run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("cfn-lint did not finish in 120 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new Lint(
        p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** No errors and no warnings: cfn-lint exits 0 only when it reports nothing at all. */
  @Test
  void templateLintsClean() throws IOException {
    Lint lint = run(List.of("cfn-lint", "--format", "parseable", TEMPLATE.toString()));
    assertEquals("", lint.output().strip(), "cfn-lint findings");
    assertEquals(0, lint.exitCode());
  }

  /**
   * The check can fail: the authorizer switch this template used to have is rejected by the
   * translator.
   */
  @Test
  void lintRejectsAnIntrinsicInTheAuthorizer(@TempDir Path dir) throws IOException {
    String template = Files.readString(TEMPLATE);
    String broken =
        template
            .replace(
                "DefaultAuthorizer: JwtAuthorizer",
                "DefaultAuthorizer: !If [Never, JwtAuthorizer, !Ref AWS::NoValue]")
            .replace("\nConditions:\n", "\nConditions:\n  Never: !Equals [a, b]\n");
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, broken);
    Lint lint = run(List.of("cfn-lint", "--format", "parseable", file.toString()));
    assertTrue(lint.output().contains("E0001"), lint.output());
    assertTrue(lint.exitCode() != 0);
  }
}
