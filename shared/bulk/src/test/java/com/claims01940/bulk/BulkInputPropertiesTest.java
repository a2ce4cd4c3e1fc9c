package com.claims01940.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.json.Json;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.testing.ClaimFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated damaged bulk files: whatever is cut, inserted or broken, the processor never throws,
 * writes exactly one line per record with consecutive ordinals, and records = results + errors.
 * Where the damage leaves each record separable, every one is counted.
 */
class BulkInputPropertiesTest {
  static final ClaimValidator VALIDATOR =
      new ClaimValidator(RuleEngine.standard(), InMemoryPolicyStore.seeded());
  static final String CLEAN = ClaimFixture.clean().json().toString();
  static final List<String> JUNK =
      List.of(
          "",
          "   ",
          "not json",
          "{",
          "}",
          "[1,2]",
          "{\"claimId\":",
          "\u0000\u0001",
          "{\"claimId\":\"C\",\"claimId\":\"D\"}",
          "null",
          "\"text\"",
          "{\"anesthesia\":{\"procedureCode\":\"01939\"}}");

  record Run(int records, List<String> lines, BulkCounts counts) {}

  static Run run(String key, byte[] content) throws IOException {
    var opened = BulkReaders.open(key, new ByteArrayInputStream(content));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BulkCounts counts =
        opened.reader() == null
            ? new BulkCounts()
            : new BulkProcessor(VALIDATOR).process(opened.reader(), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(counts.records, lines.size(), "one line per record");
    assertEquals(counts.records, counts.results + counts.errors, "records = results + errors");
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(
          i + 1, Json.MAPPER.readTree(lines.get(i)).path("record").asInt(), "consecutive ordinals");
    }
    return new Run(counts.records, lines, counts);
  }

  @Provide
  Arbitrary<List<String>> ndjsonLines() {
    return Arbitraries.oneOf(
            Arbitraries.just(CLEAN),
            Arbitraries.of(JUNK),
            Arbitraries.integers().between(1, CLEAN.length() - 1).map(n -> CLEAN.substring(0, n)))
        .list()
        .ofMinSize(0)
        .ofMaxSize(40);
  }

  @Property(tries = 300)
  void ndjsonEveryNonBlankLineIsARecord(@ForAll("ndjsonLines") List<String> lines)
      throws IOException {
    Run r = run("x.ndjson", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    long expected = lines.stream().flatMap(l -> l.lines()).filter(l -> !l.isBlank()).count();
    assertEquals(expected, r.records(), lines.toString());
  }

  @Property(tries = 300)
  void ndjsonCutAnywhere(@ForAll("ndjsonLines") List<String> lines, @ForAll double fraction)
      throws IOException {
    byte[] full = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    run("x.ndjson", java.util.Arrays.copyOf(full, (int) (full.length * Math.abs(fraction % 1))));
  }

  @Property(tries = 200)
  void jsonArrayCutAnywhere(@ForAll("ndjsonLines") List<String> lines, @ForAll double fraction)
      throws IOException {
    byte[] full = ("[" + String.join(",", lines) + "]").getBytes(StandardCharsets.UTF_8);
    run("x.json", java.util.Arrays.copyOf(full, (int) (full.length * Math.abs(fraction % 1))));
  }

  @Provide
  Arbitrary<List<String>> csvRows() {
    return Arbitraries.oneOf(
            Arbitraries.just(BulkReadersTest.ROW),
            Arbitraries.of(
                "",
                "x,y",
                "C-1,MEDICARE",
                ",,,,,,",
                "junk line without commas",
                BulkReadersTest.ROW.replace(",47,", ",-3,")),
            Arbitraries.integers()
                .between(1, BulkReadersTest.ROW.length() - 1)
                .map(n -> BulkReadersTest.ROW.substring(0, n))
                .filter(s -> s.chars().filter(c -> c == '"').count() % 2 == 0))
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 300)
  void csvEveryNonEmptyRowIsARecord(@ForAll("csvRows") List<String> rows) throws IOException {
    Run r =
        run(
            "x.csv",
            (BulkReadersTest.HEADER + "\n" + String.join("\n", rows))
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(rows.stream().filter(s -> !s.isEmpty()).count(), r.records(), rows.toString());
  }

  @Property(tries = 200)
  void csvCutAnywhere(@ForAll("csvRows") List<String> rows, @ForAll double fraction)
      throws IOException {
    byte[] full =
        (BulkReadersTest.HEADER + "\n" + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8);
    run("x.csv", java.util.Arrays.copyOf(full, (int) (full.length * Math.abs(fraction % 1))));
  }

  @Property(tries = 300)
  void x12CutAnywhereCountsEveryClaimItReached(@ForAll double fraction) throws IOException {
    String full = X12Builder.fivePayers(X12Builder.standard()).build();
    int cut = (int) (full.length() * Math.abs(fraction % 1));
    String prefix = full.substring(0, cut);
    Run r = run("x.837", prefix.getBytes(StandardCharsets.US_ASCII));
    int clms = prefix.split("CLM\\*", -1).length - 1;
    assertTrue(
        r.records() == clms, "claims begun: " + clms + ", records: " + r.records() + " at " + cut);
  }

  @Provide
  Arbitrary<List<String>> junkSegments() {
    return Arbitraries.of(
            "ZZZ*1*2",
            "CLM",
            "SV1*HC",
            "HI*ABK:",
            "DTP*472*D8*2026",
            "NM1*82",
            "SV1*HC:01940:" + "A".repeat(10),
            "CLM*X-9*1***24:B:1",
            "HL*9*1*22*0",
            "LX",
            "@@@")
        .list()
        .ofMaxSize(8);
  }

  @Property(tries = 300)
  void x12WithJunkSegmentsNeverThrows(@ForAll("junkSegments") List<String> junk, @ForAll int where)
      throws IOException {
    X12Builder b = X12Builder.standard();
    var claims = X12Builder.fivePayers(X12Builder.standard());
    String full = claims.build();
    List<String> segments = new ArrayList<>(List.of(full.split("~")));
    int at = 3 + Math.floorMod(where, Math.max(1, segments.size() - 6));
    segments.addAll(at, junk);
    Run r = run("x.837", (String.join("~", segments) + "~").getBytes(StandardCharsets.US_ASCII));
    long clms = segments.stream().filter(s -> s.startsWith("CLM")).count();
    assertTrue(r.records() <= clms, r.records() + " records from " + clms + " CLM segments");
  }
}
