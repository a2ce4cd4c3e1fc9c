package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.local.servers.LocalAws;
import com.claims01940.local.servers.LocalEndpoint;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ShippedReferenceData;
import com.claims01940.runtime.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The reference-table loader against a real local DynamoDB: seeding, idempotency, dry runs, the
 * guard against replacing a newer version, refused files leaving the table as it was, and versions
 * too large for one item.
 */
class CodeSetLoaderIT {
  static LocalEndpoint server;
  static DynamoDbClient client;
  static int tables;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = LocalAws.dynamoDb();
    client = DynamoDbClients.dynamoDb(LocalRun.REGION, server.endpoint());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  /** One command's exit code and what it printed. */
  record Run(int exit, String out, String err) {}

  static Settings settings() {
    return Settings.from(
        Map.of(
            Settings.CODESET_TABLE,
            "codesets-it-" + (++tables),
            Settings.DYNAMODB_ENDPOINT,
            server.endpoint().toString()));
  }

  static Run run(Settings s, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int exit =
        CodeSetLoaderCli.run(
            args,
            s,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static ReferenceData read(Settings s) {
    try (var reads = DynamoDbClients.dynamoDb(s.region(), s.dynamoDbEndpoint())) {
      return new DynamoDbReferenceStore(reads, s.codeSetTable()).current();
    }
  }

  static int items(Settings s) {
    return client.scan(b -> b.tableName(s.codeSetTable())).count();
  }

  static String cf(String updated, String alabama) {
    return "Locality-Adjusted Anesthesia Conversion Factors\t\t\t\t\t\t\r\n"
        + "Updated "
        + updated
        + "\t\t\t\t\t\t\r\n"
        + "Contractor\tLocality\tLocality Name\t2025 Work GPCI\t2025 PE GPCI\t2025 MP GPCI"
        + "\tNational Anes CF of 20.3178\r\n"
        + "10112 \t00 \tALABAMA\t1.000 \t0.869 \t0.575 \t"
        + alabama
        + " \r\n";
  }

  Path write(String name, String text, boolean utf16) throws Exception {
    Path f = dir.resolve(name);
    byte[] body = text.getBytes(utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    if (utf16) {
      byte[] withBom = new byte[body.length + 2];
      withBom[0] = (byte) 0xFF;
      withBom[1] = (byte) 0xFE;
      System.arraycopy(body, 0, withBom, 2, body.length);
      body = withBom;
    }
    Files.write(f, body);
    return f;
  }

  @Test
  void seedingTwiceWritesOnceAndTheFunctionsReadWhatWasShipped() throws Exception {
    Settings s = settings();
    Run first = run(s, "seed", "--create-table");
    assertEquals(0, first.exit(), first.err());
    assertEquals(12, first.out().lines().filter(l -> l.startsWith("wrote ")).count(), first.out());
    int stored = items(s);
    Run again = run(s, "seed");
    assertEquals(0, again.exit());
    assertEquals(
        12, again.out().lines().filter(l -> l.startsWith("unchanged ")).count(), again.out());
    assertEquals(stored, items(s), "an identical load writes nothing");
    assertEquals(
        ShippedReferenceData.data(RepoPaths.root().resolve("refdata")).versions(),
        read(s).versions());
    Run list = run(s, "list");
    assertTrue(
        list.out().contains("icd10cm FY2026 (817 entries, 2025-10-01 to 2026-09-30"), list.out());
  }

  @Test
  void aDryRunSaysWhatItWouldWriteAndWritesNothing() {
    Settings s = settings();
    run(s, "create-table");
    Run dry = run(s, "seed", "--dry-run");
    assertEquals(0, dry.exit(), dry.err());
    assertEquals(12, dry.out().lines().filter(l -> l.startsWith("would write ")).count());
    assertEquals(0, items(s));
  }

  @Test
  void aRefusedFileNamesItsLinesAndChangesNothing() throws Exception {
    Settings s = settings();
    run(s, "seed", "--create-table");
    int before = items(s);
    Path bad =
        write(
            "icd10cm_order_2026.txt",
            "00001 M545    0 Low back pain                                                Low back pain\n"
                + "00002 M5450   7 Low back pain, unspecified                                   x\n",
            false);
    Run refused = run(s, "load", "icd10cm", "--file", bad.toString(), "--year", "2026");
    assertEquals(4, refused.exit());
    assertTrue(refused.err().contains("refused icd10cm_order_2026.txt; nothing was written"));
    assertTrue(refused.err().contains("line 2: the header flag is '7'"), refused.err());
    assertEquals(before, items(s));
    assertEquals(
        "icd10cm_order_2026_extract.txt",
        read(s).icd10On(LocalDate.of(2026, 3, 1)).version().source());
  }

  @Test
  void anOlderReleaseIsKeptOutUnlessForcedAndReplacingLeavesNoStaleRows() throws Exception {
    Settings s = settings();
    run(s, "seed", "--create-table");
    int before = items(s);
    Path older = write("cf-2025-nov.txt", cf("11/01/2024", "19.48"), true);
    Run kept =
        run(
            s,
            "load",
            "anesthesia-conversion-factors",
            "--file",
            older.toString(),
            "--year",
            "2025");
    assertEquals(1, kept.exit());
    assertTrue(kept.err().contains("released 2024-12-23"), kept.err());
    assertEquals(109, read(s).conversionFactorsOn(LocalDate.of(2025, 6, 1)).localities().size());
    Run forced =
        run(
            s,
            "load",
            "anesthesia-conversion-factors",
            "--file",
            older.toString(),
            "--year",
            "2025",
            "--force");
    assertEquals(0, forced.exit(), forced.err());
    var cy2025 = read(s).conversionFactorsOn(LocalDate.of(2025, 6, 1));
    assertEquals(1, cy2025.localities().size());
    assertEquals("19.48", cy2025.locality("10112", "00").factor().toPlainString());
    assertEquals(before, items(s), "the replaced version's rows are gone: one head, one chunk");
    Path later = write("cf-2025-feb.txt", cf("2/1/2025", "19.50"), true);
    assertEquals(
        0,
        run(
                s,
                "load",
                "anesthesia-conversion-factors",
                "--file",
                later.toString(),
                "--year",
                "2025")
            .exit());
  }

  /**
   * The shipped CY2026 national factors stand in until CMS's CY2026 locality file is loaded; that
   * file replaces them, and a later seed keeps it even when it carries no release date.
   */
  @Test
  void cmsLocalityFileReplacesTheNationalFactorsAndASeedKeepsIt() throws Exception {
    Settings s = settings();
    run(s, "seed", "--create-table");
    LocalDate d = LocalDate.of(2026, 6, 1);
    assertEquals(0, read(s).conversionFactorsOn(d).localities().size(), "national factors only");
    Path cms =
        write(
            "cf-2026.txt",
            "Contractor\tLocality\tLocality Name\t2026 Work GPCI\t2026 PE GPCI\t2026 MP GPCI"
                + "\tNational Anes CF of 20.4976\r\n"
                + "10112\t00\tALABAMA\t1.000\t0.875\t0.566\t19.48\r\n",
            true);
    Run loaded =
        run(s, "load", "anesthesia-conversion-factors", "--file", cms.toString(), "--year", "2026");
    assertEquals(0, loaded.exit(), loaded.err());
    assertEquals(
        "19.48", read(s).conversionFactorsOn(d).locality("10112", "00").factor().toString());
    Run seed = run(s, "seed");
    assertEquals(1, seed.exit(), "the seed reports the version it kept");
    assertTrue(
        seed.err().contains("kept the stored anesthesia-conversion-factors CY2026"), seed.err());
    assertEquals("cf-2026.txt", read(s).conversionFactorsOn(d).version().source());
  }

  @Test
  void aFullCmsFileSpansItemsAndIsNotReplacedByAnExtract() throws Exception {
    Settings s = settings();
    run(s, "create-table");
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      String code = String.format("Q9%05d", i);
      full.append(
          String.format(
              "%05d %-7s 1 %-60s %s%n",
              i % 100_000, code, "Synthetic " + i, "Synthetic code " + i));
    }
    full.append(
        "60001 M545    0 Low back pain                                                Low back pain\n");
    Path file = write("icd10cm_order_2026.txt", full.toString(), false);
    Run loaded = run(s, "load", "icd10cm", "--file", file.toString(), "--year", "2026");
    assertEquals(0, loaded.exit(), loaded.err());
    assertEquals(1 + 3, items(s), "a head and three chunks of at most 25,000 rows");
    var fy2026 = read(s).icd10On(LocalDate.of(2026, 3, 1));
    assertEquals(60_001, fy2026.codes().size());
    assertTrue(fy2026.covers("C79.51"), "a full file covers every code");
    Path extract = RepoPaths.root().resolve("refdata/icd10cm/icd10cm_order_2026_extract.txt");
    Run kept =
        run(
            s,
            "load",
            "icd10cm",
            "--file",
            extract.toString(),
            "--year",
            "2026",
            "--categories",
            "C77,C78,C79,E66,G47.3,G89,M40,M41,M42,M43,M45,M46,M47,M48,M49,M50,M51,M53,M54,M96,Z68.4");
    assertEquals(1, kept.exit());
    assertTrue(kept.err().contains("a full file over an extract"), kept.err());
    assertEquals(60_001, read(s).icd10On(LocalDate.of(2026, 3, 1)).codes().size());
  }

  /** CMS's HCPCS file as published: its modifier records become the Level II list. */
  @Test
  void cmsHcpcsFileLoadsOnceIsRefusedWhenBadAndAnOlderQuarterIsKeptOut() throws Exception {
    Settings s = settings();
    run(s, "seed", "--create-table");
    byte[] records =
        Files.readAllBytes(
            RepoPaths.root()
                .resolve(
                    "shared/domain/src/test/resources/reference/"
                        + "HCPC2026_JAN_ANWEB_01122026-records.txt"));
    Path jan = dir.resolve("HCPC2026_JAN_ANWEB_01122026.txt");
    Files.write(jan, records);
    Run loaded = run(s, "load", "hcpcs-modifiers", "--file", jan.toString(), "--year", "2026");
    assertEquals(0, loaded.exit(), loaded.err());
    assertTrue(
        loaded
            .out()
            .contains(
                "wrote hcpcs-modifiers 2026 JAN (11 entries, 1984-01-01 to 2026-03-31, from"
                    + " HCPC2026_JAN_ANWEB_01122026.txt, released 2026-01-12)"),
        loaded.out());
    var data = read(s);
    var cms = data.hcpcsModifiersOn(LocalDate.of(2026, 2, 10));
    assertTrue(cms.inForce("GF", LocalDate.of(2026, 2, 10)));
    assertEquals(
        LocalDate.of(2024, 12, 31),
        cms.rows().stream()
            .filter(r -> r.code().equals("JG"))
            .findFirst()
            .orElseThrow()
            .effectiveTo());
    assertEquals("modifiers.csv", data.modifiersOn(LocalDate.of(2026, 2, 10)).version().source());
    assertEquals(LocalDate.of(2026, 3, 31), data.coveredThrough().get("hcpcs-modifiers"));
    int stored = items(s);
    Run again = run(s, "load", "hcpcs-modifiers", "--file", jan.toString(), "--year", "2026");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().startsWith("unchanged hcpcs-modifiers 2026 JAN"), again.out());
    assertEquals(stored, items(s), "an identical load writes nothing");
    Run reseed = run(s, "seed");
    assertEquals(0, reseed.exit(), reseed.err());
    assertEquals(
        "2026 JAN",
        read(s).hcpcsModifiersOn(LocalDate.of(2026, 2, 10)).version().version(),
        "the seed leaves CMS's list alone");

    Path bad = dir.resolve("HCPC2026_APR_ANWEB_04012026.txt");
    Files.writeString(
        bad,
        new String(records, StandardCharsets.ISO_8859_1).replace("   GF001007", "   GF001009"),
        StandardCharsets.ISO_8859_1);
    Run refused = run(s, "load", "hcpcs-modifiers", "--file", bad.toString(), "--year", "2026");
    assertEquals(4, refused.exit());
    assertTrue(
        refused.err().contains("line 13: record type '9' is none of 3, 4, 7 or 8"), refused.err());
    assertEquals(stored, items(s));

    Path older = dir.resolve("HCPC2025_OCT_ANWEB_09302025.txt");
    Files.write(older, records);
    Run kept = run(s, "load", "hcpcs-modifiers", "--file", older.toString(), "--year", "2025");
    assertEquals(1, kept.exit(), kept.out());
    assertTrue(kept.err().contains("released 2026-01-12"), kept.err());
    assertEquals(
        "2026 JAN", read(s).hcpcsModifiersOn(LocalDate.of(2026, 2, 10)).version().version());
  }

  /**
   * An ICD-10-CM year made from the year before's file and CMS's addenda, from the command line:
   * the shipped FY2027 is exactly that (unchanged), a broken addenda is refused whole, and
   * --addenda goes with icd10cm and a year only.
   */
  @Test
  void aYearIsLoadedFromTheYearBeforeAndCmsAddenda() throws Exception {
    Settings s = settings();
    run(s, "seed", "--create-table");
    int stored = items(s);
    Path icd10cm = RepoPaths.root().resolve("refdata/icd10cm");
    String base = icd10cm.resolve("icd10cm_order_2026_extract.txt").toString();
    String categories =
        "C77,C78,C79,E66,G47.3,G89,M40,M41,M42,M43,M45,M46,M47,M48,M49,M50,M51,M53,M54,M96,Z68.4";
    java.util.function.Function<Path, Run> fy2027 =
        addendaFile ->
            run(
                s,
                "load",
                "icd10cm",
                "--file",
                base,
                "--year",
                "2027",
                "--categories",
                categories,
                "--addenda",
                addendaFile.toString());
    Path addenda = icd10cm.resolve("icd10cm_order_addenda_2027.txt");
    Run same = fy2027.apply(addenda);
    assertEquals(0, same.exit(), same.err());
    assertTrue(same.out().startsWith("unchanged icd10cm FY2027"), same.out());
    Path broken =
        write(
            "icd10cm_order_addenda_2027.txt",
            Files.readString(addenda).replace("Add:         1 M043 ", "Add:         1 M5450"),
            false);
    Run refused = fy2027.apply(broken);
    assertEquals(4, refused.exit(), refused.out());
    assertTrue(
        refused.err().contains("M5450 is added but is already in the order file"), refused.err());
    assertEquals(stored, items(s), "nothing written");
    assertEquals(
        2, run(s, "load", "modifiers", "--file", base, "--addenda", addenda.toString()).exit());
  }

  @Test
  void usageMistakesExitTwo() {
    Settings s = settings();
    assertEquals(2, run(s).exit());
    assertEquals(2, run(s, "load", "icd10cm").exit());
    assertEquals(2, run(s, "load", "no-such-table", "--file", "x").exit());
  }
}
