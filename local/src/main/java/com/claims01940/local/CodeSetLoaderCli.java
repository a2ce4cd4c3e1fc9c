package com.claims01940.local;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.reference.Icd10OrderFile;
import com.claims01940.reference.ReferenceContent;
import com.claims01940.reference.ReferenceFileException;
import com.claims01940.reference.ReferenceFiles;
import com.claims01940.reference.ReferenceTable;
import com.claims01940.reference.ShippedReferenceData;
import com.claims01940.reference.TableVersion;
import com.claims01940.runtime.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The reference-table loader, beside the policy loader: {@code load} reads one publisher's file,
 * {@code seed} the files the project ships (refdata/manifest.json), {@code list} shows what is
 * loaded. A file is read and checked completely before anything is written, so a refused file
 * changes nothing; --dry-run stops there and says what a load would do.
 */
public final class CodeSetLoaderCli {
  private CodeSetLoaderCli() {}

  static final String USAGE =
      """
      usage: codesets.sh load TABLE --file FILE [--year YEAR] [--categories A,B] [--addenda FILE]
                              [--dry-run] [--force]
             codesets.sh seed [--create-table] [--dry-run] [--force]
             codesets.sh list
             codesets.sh create-table
      TABLE: icd10cm (--year: the fiscal year; --categories: what an extract covers; --addenda:
             CMS's order addenda of --year, applied to --file, the year before's order file),
             modifiers (our CSV), hcpcs-modifiers (--year: CMS's HCPCS file, e.g.
             HCPC2026_JAN_ANWEB_01122026.txt, its modifier records), anesthesia-base-units (--year),
             anesthesia-conversion-factors (--year),
             mac-jurisdictions
      environment: CODESET_TABLE (required), DYNAMODB_ENDPOINT (local only), AWS_REGION
      exit: 0 done, 1 a newer stored version kept, 2 usage, 4 a file refused (nothing written)""";

  public static void main(String[] args) {
    System.exit(run(args, Settings.from(System.getenv()), System.out, System.err));
  }

  static int run(String[] args, Settings settings, PrintStream out, PrintStream err) {
    List<String> a = List.of(args);
    if (a.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    try (var dynamoDb = DynamoDbClients.dynamoDb(settings)) {
      CodeSetTable table =
          new CodeSetTable(
              dynamoDb, Settings.required(Settings.CODESET_TABLE, settings.codeSetTable()));
      boolean dryRun = a.contains("--dry-run");
      boolean force = a.contains("--force");
      switch (a.get(0)) {
        case "create-table" -> {
          table.create();
          out.println("table " + settings.codeSetTable() + " ready");
          return 0;
        }
        case "list" -> {
          // As the functions read them.
          try (var reads = DynamoDbClients.dynamoDb(settings)) {
            var data = new DynamoDbReferenceStore(reads, settings.codeSetTable()).current();
            data.versions().forEach(v -> out.println(describe(v)));
            data.coveredThrough()
                .forEach(
                    (name, through) ->
                        out.println(
                            name
                                + " covered through "
                                + (through == null ? "(open-ended)" : through)));
          }
          return 0;
        }
        case "seed" -> {
          if (a.contains("--create-table")) {
            table.create();
          }
          return load(
              table,
              ShippedReferenceData.read(RepoPaths.root().resolve("refdata")),
              dryRun,
              force,
              out,
              err);
        }
        case "load" -> {
          String file = option(a, "--file");
          if (a.size() < 2 || file == null) {
            err.println(USAGE);
            return 2;
          }
          String year = option(a, "--year");
          String categories = option(a, "--categories");
          String addenda = option(a, "--addenda");
          String callerDir = System.getenv("CALLER_DIR");
          Path dir = callerDir == null ? Path.of("") : Path.of(callerDir);
          Path path = dir.resolve(file);
          List<String> declared =
              categories == null
                  ? List.of()
                  : Arrays.stream(categories.split(",")).map(String::strip).toList();
          ReferenceTable which = ReferenceTable.ofId(a.get(1));
          if (addenda != null && (which != ReferenceTable.ICD10CM || year == null)) {
            err.println("--addenda goes with icd10cm and --year (the addenda's fiscal year)");
            err.println(USAGE);
            return 2;
          }
          ReferenceContent content =
              addenda != null
                  ? Icd10OrderFile.parse(
                      path.getFileName().toString(),
                      Files.readAllBytes(path),
                      Integer.parseInt(year),
                      declared,
                      dir.resolve(addenda).getFileName().toString(),
                      Files.readAllBytes(dir.resolve(addenda)))
                  : ReferenceFiles.parse(
                      which,
                      path.getFileName().toString(),
                      Files.readAllBytes(path),
                      year == null ? null : Integer.valueOf(year),
                      declared);
          return load(table, List.of(content), dryRun, force, out, err);
        }
        default -> {
          err.println(USAGE);
          return 2;
        }
      }
    } catch (ReferenceFileException e) {
      err.println("refused " + e.file() + "; nothing was written:");
      e.problems().forEach(p -> err.println("  " + p));
      return 4;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  static int load(
      CodeSetTable table,
      List<ReferenceContent> contents,
      boolean dryRun,
      boolean force,
      PrintStream out,
      PrintStream err) {
    int kept = 0;
    for (ReferenceContent c : contents) {
      var outcome = dryRun ? table.plan(c, force) : table.put(c, force);
      String what = describe(c.version());
      if (outcome == CodeSetTable.Outcome.KEPT_NEWER) {
        kept++;
        err.println(
            "kept the stored "
                + describe(table.stored(c.version()))
                + ": it is newer than "
                + c.version().source()
                + " (a later release, or a full file over an extract; use --force to replace it)");
      } else {
        out.println(
            (outcome == CodeSetTable.Outcome.UNCHANGED
                    ? "unchanged "
                    : dryRun ? "would write " : "wrote ")
                + what);
      }
    }
    return kept == 0 ? 0 : 1;
  }

  static String describe(TableVersion v) {
    return v.name()
        + " "
        + v.version()
        + " ("
        + v.entries()
        + " entries, "
        + v.effectiveFrom()
        + " to "
        + (v.effectiveTo() == null ? "open" : v.effectiveTo())
        + ", from "
        + v.source()
        + (v.released() == null ? "" : ", released " + v.released())
        + (v.declaredCategories().isEmpty()
            ? ""
            : ", covering " + String.join(" ", v.declaredCategories()))
        + ")";
  }

  private static String option(List<String> args, String name) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
  }
}
