package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * functions/openapi.yaml through Redocly's recommended rules (redocly.yaml), with the linter the
 * repository pins (package.json and its lockfile; installed here with npm ci on first use). Needs
 * Node.js and npm: a failure on CI without them, a counted skip elsewhere.
 */
class OpenApiLintTest {
  static final Path REDOCLY = NodeTools.MODULES.resolve(".bin/redocly");

  @BeforeEach
  void linterInstalled() throws Exception {
    RequiredTool.require(NodeTools.npmInstalled(), "Node.js/npm", "apt-get install nodejs npm");
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
