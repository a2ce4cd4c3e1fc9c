package com.claims01940.local;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.json.Json;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyFormatException;
import com.claims01940.policy.PolicyParser;
import com.claims01940.policy.PolicyPeriods;
import com.claims01940.policy.SeedPolicies;
import com.claims01940.runtime.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The policy loader: {@code seed} upserts the seed documents (or those in --from DIR), {@code
 * export} writes the table back as seed documents, {@code create-table} makes the table (local
 * runs; on AWS the template creates it). Table and endpoint come from the environment
 * (POLICY_TABLE, DYNAMODB_ENDPOINT, AWS_REGION), like the functions'.
 */
public final class PolicyLoaderCli {
  private PolicyLoaderCli() {}

  static final String USAGE =
      """
      usage: policies.sh seed [--create-table] [--force] [--from DIR] [--dry-run]
             policies.sh export --to DIR
             policies.sh create-table
      environment: POLICY_TABLE (required), DYNAMODB_ENDPOINT (local only), AWS_REGION""";

  public static void main(String[] args) {
    System.exit(run(args, Settings.from(System.getenv()), System.out, System.err));
  }

  /**
   * Runs one command; returns the process exit code (0 ok, 1 items kept newer, 2 usage, 3 periods
   * overlap, 4 a malformed document).
   */
  static int run(String[] args, Settings settings, PrintStream out, PrintStream err) {
    List<String> a = List.of(args);
    if (a.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    try (var dynamoDb = DynamoDbClients.dynamoDb(settings)) {
      PolicyTable table =
          new PolicyTable(
              dynamoDb, Settings.required(Settings.POLICY_TABLE, settings.policyTable()));
      switch (a.get(0)) {
        case "create-table" -> {
          table.create();
          out.println("table " + settings.policyTable() + " ready");
          return 0;
        }
        case "seed" -> {
          if (a.contains("--create-table")) {
            table.create();
          }
          return seed(
              table,
              documents(option(a, "--from")),
              a.contains("--force"),
              a.contains("--dry-run"),
              out,
              err);
        }
        case "export" -> {
          String to = option(a, "--to");
          if (to == null) {
            err.println(USAGE);
            return 2;
          }
          export(table, Path.of(to), out);
          return 0;
        }
        default -> {
          err.println(USAGE);
          return 2;
        }
      }
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Upserts the documents; with {@code dryRun}, checks them the same way and says what it would do,
   * writing nothing.
   */
  static int seed(
      PolicyTable table,
      List<JsonNode> docs,
      boolean force,
      boolean dryRun,
      PrintStream out,
      PrintStream err) {
    // Checked before anything is written, against the table as it is, so a refused load writes
    // nothing.
    List<PayerPolicy> after = new ArrayList<>();
    for (JsonNode stored : table.export()) {
      try {
        after.add(PolicyParser.parse(stored));
      } catch (PolicyFormatException unreadable) {
        // A malformed stored item is no period to keep; the load may be what replaces it.
      }
    }
    for (JsonNode d : docs) {
      try {
        after.add(PolicyParser.parseForWrite(d));
      } catch (PolicyFormatException malformed) {
        err.println("refused: " + malformed.getMessage() + ". Nothing was written.");
        return 4;
      }
    }
    var overlap = PolicyPeriods.overlap(after);
    if (overlap.isPresent()) {
      err.println(
          "refused: " + overlap.get() + "; a payer's items must not overlap. Nothing was written.");
      return 3;
    }
    int kept = 0;
    for (JsonNode doc : docs) {
      String id = doc.path("payerId").asText() + " " + doc.path("effectiveFrom").asText();
      boolean written =
          dryRun
              ? force
                  || table.revision(
                          doc.path("payerId").asText(), doc.path("effectiveFrom").asText())
                      <= doc.path("revision").asLong()
              : table.put(doc, force) == PolicyTable.Outcome.WRITTEN;
      if (written) {
        out.println(
            (dryRun ? "would write " : "wrote ")
                + id
                + " revision "
                + doc.path("revision").asText());
      } else {
        kept++;
        err.println(
            "kept "
                + id
                + ": the table holds a newer revision than "
                + doc.path("revision").asText()
                + " (use --force to overwrite)");
      }
    }
    return kept == 0 ? 0 : 1;
  }

  static void export(PolicyTable table, Path dir, PrintStream out) throws IOException {
    Files.createDirectories(dir);
    List<String> names = new ArrayList<>();
    for (ObjectNode doc : table.export()) {
      String name =
          doc.path("payerId").asText().toLowerCase(Locale.ROOT)
              + "-"
              + doc.path("effectiveFrom").asText()
              + ".json";
      Files.writeString(
          dir.resolve(name),
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
      names.add(name);
      out.println("exported " + name);
    }
    Files.writeString(
        dir.resolve("index.txt"),
        "# Seed policy items, one file per payer per effective date.\n"
            + String.join("\n", names)
            + "\n");
  }

  static List<JsonNode> documents(String from) throws IOException {
    if (from == null) {
      return SeedPolicies.documents();
    }
    List<JsonNode> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(from))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        docs.add(Json.MAPPER.readTree(f.toFile()));
      }
    }
    return docs;
  }

  private static String option(List<String> args, String name) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
  }
}
