package com.claims01940.local;

import java.io.PrintStream;
import java.nio.file.Files;

/**
 * `local/token.sh ROLE [--sub S] [--org O]`: prints a token the running local stack accepts (ROLE
 * staff = claims.validate + uploads.write, lead = + policies.write, none = no scope).
 */
public final class LocalTokenCli {
  private LocalTokenCli() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    if (args.length == 0) {
      err.println(
          "usage: local/token.sh ROLE [--sub SUBJECT] [--org ORGANISATION]  (ROLE: staff, lead, none)");
      return 2;
    }
    LocalAuth.Role role;
    try {
      role = LocalAuth.role(args[0]);
    } catch (IllegalArgumentException e) {
      err.println("unknown role " + args[0] + ": use staff, lead or none");
      return 2;
    }
    String sub = role.name().toLowerCase(java.util.Locale.ROOT) + "-user";
    String org = null;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sub" -> sub = args[i + 1];
        case "--org" -> org = args[i + 1];
        default -> {
          err.println("unknown option " + args[i]);
          return 2;
        }
      }
    }
    if (!Files.exists(LocalAuth.keyFile())) {
      err.println(
          "no running local stack with its authorizer on (start local/start-api.sh first; "
              + LocalAuth.keyFile()
              + " is missing)");
      return 1;
    }
    out.println(LocalAuth.load(LocalAuth.keyFile()).token(role, sub, org));
    return 0;
  }
}
