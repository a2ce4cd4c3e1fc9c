package com.claims01940.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The repository's pinned npm tools (package.json and its lockfile: Redocly, axe-core), installed
 * with npm ci on first use. Tests that need them skip, and say so, where npm is not installed.
 */
final class NodeTools {
  private NodeTools() {}

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path MODULES = ROOT.resolve("node_modules");

  record Run(int exitCode, String output) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Run(p.exitValue(), out);
  }

  static boolean npmInstalled() {
    try {
      return run(List.of("npm", "--version")).exitCode() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Installs the pinned tools unless this one is already there. */
  static synchronized void install(String probe) throws IOException, InterruptedException {
    if (Files.exists(MODULES.resolve(probe))) {
      return;
    }
    Run ci = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
    if (ci.exitCode() != 0) {
      throw new IOException("npm ci failed: " + ci.output());
    }
  }
}
