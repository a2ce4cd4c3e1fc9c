package com.claims01940.local;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crac.Core;

/**
 * Loads one handler class the way the Lambda Java runtime does, answers one event file, prints the
 * response and exits. The cold-start benchmark runs it in a fresh JVM with only the function's
 * deployable jar (and the runtime's serialization library) on the class path.
 *
 * <p>With {@code --primed} (and {@code -Dorg.crac.Core.Compat=com.claims01940.local.snapshot}), it
 * first runs what SnapStart runs around a snapshot — every registered {@code beforeCheckpoint} hook
 * (priming), then every {@code afterRestore} hook — and prints {@code afterPrimingMs=T}, the time
 * of the one request that follows: what a restored function leaves its first caller to wait for.
 */
public final class LambdaMain {
  private LambdaMain() {}

  public static void main(String[] args) throws Exception {
    boolean primed = args.length == 3 && args[2].equals("--primed");
    if (args.length != 2 && !primed) {
      System.err.println("usage: LambdaMain <handler class> <event.json> [--primed]");
      System.exit(2);
    }
    String event = Files.readString(Path.of(args[1]));
    LambdaFunction function = new LambdaFunction("cold-start", args[0]);
    if (primed) {
      Core.checkpointRestore();
    }
    long start = System.nanoTime();
    String response = function.invoke(event);
    double ms = (System.nanoTime() - start) / 1e6;
    if (primed) {
      System.out.printf("afterPrimingMs=%.2f%n", ms);
    }
    System.out.println(response);
  }
}
