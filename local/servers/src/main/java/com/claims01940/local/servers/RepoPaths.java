package com.claims01940.local.servers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the checkout's root (the folder holding local/dynalite), from wherever a test or tool runs.
 */
public final class RepoPaths {
  private RepoPaths() {}

  public static Path root() {
    String configured = System.getProperty("claims.repo");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("local/dynalite/package.json"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "cannot find the project root (no local/dynalite/package.json above "
            + Path.of("").toAbsolutePath()
            + "); set -Dclaims.repo=<checkout>");
  }
}
