package com.claims01940.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads one handler class the way the Lambda Java runtime does, answers one event file, prints the
 * response and exits. The cold-start benchmark runs it in a fresh JVM with only the function's
 * deployable jar (and the runtime's serialization library) on the class path.
 */
public final class LambdaMain {
  private LambdaMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LambdaMain <handler class> <event.json>");
      System.exit(2);
    }
    String response =
        new LambdaFunction("cold-start", args[0]).invoke(Files.readString(Path.of(args[1])));
    System.out.println(response);
  }
}
