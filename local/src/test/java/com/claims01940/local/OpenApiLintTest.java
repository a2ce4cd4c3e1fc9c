package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * functions/openapi.yaml through Redocly's recommended rules (redocly.yaml), with the linter the
 * repository pins (package.json and its lockfile; installed here with npm ci on first use).
 * Skipped, and said so, where Node.js is not installed.
 */
class OpenApiLintTest {
  static final Path REDOCLY = NodeTools.MODULES.resolve(".bin/redocly");

  @BeforeAll
  static void linterInstalled() throws Exception {
    boolean npm = NodeTools.npmInstalled();
    if (!npm) {
      System.out.println("OpenApiLintTest SKIPPED: Node.js/npm is not installed");
    }
    Assumptions.assumeTrue(npm, "Node.js/npm is not installed: OpenAPI lint skipped");
    NodeTools.install(".bin/redocly");
  }

  @Test
  void theContractLintsCleanUnderTheRecommendedRules() throws Exception {
    NodeTools.Run lint =
        NodeTools.run(
            List.of(REDOCLY.toString(), "lint", "functions/openapi.yaml", "--format", "stylish"));
    assertEquals(0, lint.exitCode(), lint.output());
    assertTrue(
        lint.output().contains("Your API description is valid")
            && !lint.output().matches("(?s).*You have \\d+ warnings?.*"),
        lint.output());
  }

  /**
   * The check can fail: the defect this document once had (nullable without a type) is an error.
   */
  @Test
  void theLinterRejectsNullableWithoutAType(@TempDir Path dir) throws Exception {
    String doc =
        Files.readString(NodeTools.ROOT.resolve("functions/openapi.yaml"))
            .replace(
                "value: { description: 'any JSON value; null switches the rule off for this payer' }",
                "value: { nullable: true }");
    Path broken = dir.resolve("openapi.yaml");
    Files.writeString(broken, doc);
    NodeTools.Run lint =
        NodeTools.run(
            List.of(REDOCLY.toString(), "lint", broken.toString(), "--format", "stylish"));
    assertNotEquals(0, lint.exitCode(), lint.output());
    assertTrue(lint.output().contains("nullable-type-sibling"), lint.output());
  }
}
