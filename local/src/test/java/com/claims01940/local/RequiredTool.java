package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * A tool a test needs (cfn-lint, npm, chromium). On CI ({@code CI=true}, which .ci/run exports) its
 * absence fails the test: CI installs every tool, so a missing one is a broken install step, never
 * a quiet skip. Elsewhere the test is skipped, which Surefire counts and prints, and a line on the
 * console says how to install it. Called per test (from {@code @BeforeEach}), since a skip in
 * {@code @BeforeAll} is reported as no test at all.
 */
final class RequiredTool {
  private RequiredTool() {}

  static boolean onCi() {
    return "true".equals(System.getenv("CI"));
  }

  static void require(boolean present, String tool, String install) {
    if (present) {
      return;
    }
    if (onCi()) {
      fail(tool + " is required on CI and is missing: " + install);
    }
    System.out.println("SKIPPED: " + tool + " is not installed (" + install + ")");
    Assumptions.assumeTrue(false, tool + " is not installed: skipped");
  }
}
