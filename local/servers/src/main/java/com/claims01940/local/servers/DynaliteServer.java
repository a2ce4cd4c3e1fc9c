package com.claims01940.local.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * dynalite (the npm package pinned in local/dynalite) as a child process on a free loopback port,
 * in memory, with table state changes immediate. Started through local/dynalite/server.js, which
 * adds the TransactWriteItems that dynalite 4.0.0 lacks (Put and ConditionCheck items). Stopped on
 * close and at JVM exit.
 */
public final class DynaliteServer implements LocalEndpoint {
  private final Process process;
  private final int port;

  private DynaliteServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static DynaliteServer start() {
    return start(Ports.free());
  }

  public static DynaliteServer start(int port) {
    Path home = RepoPaths.root().resolve("local/dynalite");
    Path cli = home.resolve("node_modules/dynalite/cli.js");
    try {
      if (!Files.isRegularFile(cli)) {
        run(List.of("bash", home.resolve("install.sh").toString()), home);
      }
      Path log = Files.createTempFile("dynalite-" + port + "-", ".log");
      Process p =
          new ProcessBuilder(
                  "node",
                  home.resolve("server.js").toString(),
                  "--host",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(port),
                  "--createTableMs",
                  "0",
                  "--deleteTableMs",
                  "0",
                  "--updateTableMs",
                  "0")
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      DynaliteServer server = new DynaliteServer(p, port);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      if (!Ports.awaitOpen(port, Duration.ofSeconds(20), p)) {
        server.close();
        throw new IllegalStateException("dynalite did not start on port " + port + "; see " + log);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start dynalite (is Node.js 20+ installed?)", e);
    }
  }

  private static void run(List<String> command, Path dir) throws IOException {
    try {
      int rc = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
      if (rc != 0) {
        throw new IOException(String.join(" ", command) + " exited " + rc);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public String kind() {
    return "dynalite";
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
