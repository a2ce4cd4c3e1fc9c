package com.claims01940.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.Claim;
import com.claims01940.claim.ClaimReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class X12ReaderTest {

  static List<BulkRecord> read(byte[] file, List<String> problems) throws IOException {
    try (X12Reader reader =
        new X12Reader(
            new ByteArrayInputStream(file),
            X12Mapping.load(),
            com.claims01940.codes.CodeSets.load().qualifyingCircumstanceCodes())) {
      List<BulkRecord> out = new ArrayList<>();
      BulkRecord r;
      while ((r = reader.next()) != null) {
        out.add(r);
      }
      problems.addAll(reader.problems());
      return out;
    }
  }

  static Claim claim(BulkRecord r) {
    return assertInstanceOf(ClaimReadResult.Valid.class, r.read(), r.location() + ": " + r.read())
        .claim();
  }

  @ParameterizedTest(name = "element {0} component {1} segment {2}")
  @CsvSource({"*, :, ~", "*, >, ~", "'|', }, !"})
  void mapsEveryClaimWhateverTheDelimiters(char element, char component, char segment)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<BulkRecord> records =
        read(X12Builder.fivePayers(new X12Builder(element, component, segment)).bytes(), problems);
    assertEquals(List.of(), problems);
    assertEquals(5, records.size());
    assertEquals(List.of(1, 2, 3, 4, 5), records.stream().map(BulkRecord::ordinal).toList());
    assertEquals(
        List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC"),
        records.stream().map(r -> claim(r).payerId()).toList());

    Claim medicare = claim(records.get(0));
    assertEquals("X-1", medicare.claimId());
    assertEquals("24", medicare.placeOfService());
    assertEquals(java.time.LocalDate.parse("2026-03-14"), medicare.dateOfService());
    assertEquals(java.time.LocalDate.parse("2026-03-20"), medicare.submissionDate());
    assertEquals(List.of("M47816"), medicare.diagnosisCodes());
    assertEquals("64635", medicare.procedure().code());
    assertEquals("1234567893", medicare.renderingProvider().npi());
    assertEquals("ANESTHESIOLOGIST", medicare.renderingProvider().role());
    assertEquals(List.of("AA", "QS", "P3"), medicare.modifiers());
    assertEquals(47, medicare.anesthesia().minutes());
    assertEquals(
        OffsetDateTime.parse("2026-03-14T08:02:00-05:00"), medicare.anesthesia().startTime());
    assertEquals(
        OffsetDateTime.parse("2026-03-14T08:49:00-05:00"), medicare.anesthesia().endTime());
    assertEquals("MEMBER2", medicare.patient().memberId());
    assertEquals(java.time.LocalDate.parse("1971-05-02"), medicare.patient().birthDate());

    assertEquals(List.of("AA", "P3"), claim(records.get(1)).modifiers());
    Claim bcbs = claim(records.get(2));
    assertEquals(List.of("QZ", "QS", "P2", "GC"), bcbs.modifiers());
    assertEquals("CRNA", bcbs.renderingProvider().role());
    assertEquals(
        OffsetDateTime.parse("2026-03-17T00:30:00Z"),
        bcbs.anesthesia().endTime(),
        "stop after midnight");
    assertNull(claim(records.get(1)).anesthesia().startTime());
    assertTrue(records.get(0).location().startsWith("segment "), records.get(0).location());
  }

  /**
   * An Aetna claim whose 837P has a 99100 line, the linked procedure's line (left side) and a drug
   * line.
   */
  static X12Builder aetnaWithExtraLines() {
    return X12Builder.standard()
        .claim(
            "2",
            "CI",
            "AETNA",
            "60054",
            "X-9",
            "24",
            "M47816",
            "64635",
            "1234567893",
            "207L00000X",
            "HC:01940:AA:P3",
            47,
            "20260314",
            "START 0802 STOP 0849 -0500")
        .seg("LX*2")
        .seg("SV1*HC:99100*0*UN*1***1")
        .seg("LX*3")
        .seg("SV1*HC:64635:LT*0*UN*1***1")
        .seg("LX*4")
        .seg("SV1*HC:J2001*0*UN*1***1");
  }

  @Test
  void qualifyingCircumstanceLinesJoinTheClaimAndOtherLinesAreNamed() throws IOException {
    List<String> problems = new ArrayList<>();
    List<BulkRecord> records = read(aetnaWithExtraLines().bytes(), problems);
    assertEquals(List.of(), problems);
    assertEquals(1, records.size());
    Claim c = claim(records.get(0));
    assertEquals(List.of("99100"), c.anesthesia().qualifyingCircumstances());
    assertEquals(List.of("AA", "P3"), c.modifiers());
    assertEquals("LEFT", c.procedure().laterality());
    assertEquals(
        List.of("64635", "J2001"),
        records.get(0).ignoredLines().stream().map(BulkRecord.IgnoredLine::procedureCode).toList());
    assertTrue(records.get(0).ignoredLines().get(0).location().endsWith("(SV1)"));
  }

  @Test
  void otherProcedureCodesAreUnsupported() throws IOException {
    X12Builder b =
        X12Builder.standard()
            .claim(
                "2",
                "MB",
                "MEDICARE",
                "00000",
                "X-1",
                "24",
                "M47816",
                "64635",
                "1234567893",
                "207L00000X",
                "HC:99213:25",
                0,
                "20260314",
                null)
            .claim(
                "3",
                "MB",
                "MEDICARE",
                "00000",
                "X-2",
                "24",
                "M47816",
                "64633",
                "1234567893",
                "207L00000X",
                "HC:01939:AA",
                30,
                "20260314",
                null);
    List<BulkRecord> records = read(b.bytes(), new ArrayList<>());
    assertEquals(
        "99213",
        assertInstanceOf(ClaimReadResult.OutOfScope.class, records.get(0).read()).procedureCode());
    assertEquals(
        "01939",
        assertInstanceOf(ClaimReadResult.OutOfScope.class, records.get(1).read()).procedureCode());
  }

  @Test
  void aBadDateIsThatClaimsError() throws IOException {
    X12Builder b =
        X12Builder.standard()
            .claim(
                "2",
                "MB",
                "MEDICARE",
                "00000",
                "X-1",
                "24",
                "M47816",
                "64635",
                "1234567893",
                "207L00000X",
                "HC:01940:AA",
                47,
                "20260230",
                null)
            .claim(
                "3",
                "MB",
                "MEDICARE",
                "00000",
                "X-2",
                "24",
                "M47816",
                "64635",
                "1234567893",
                "207L00000X",
                "HC:01940:AA",
                47,
                "20260314",
                null);
    List<BulkRecord> records = read(b.bytes(), new ArrayList<>());
    var invalid = assertInstanceOf(ClaimReadResult.Invalid.class, records.get(0).read());
    assertEquals("/dateOfService", invalid.errors().get(0).field());
    claim(records.get(1));
  }

  @Test
  void aWrongSeCountIsAnEnvelopeProblemButTheClaimsAreRead() throws IOException {
    List<String> problems = new ArrayList<>();
    List<BulkRecord> records =
        read(X12Builder.fivePayers(X12Builder.standard()).wrongSeCount(7).bytes(), problems);
    assertEquals(5, records.size());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("envelope:") && p.contains("count")),
        problems.toString());
  }

  @Test
  void aTruncatedFileMarksTheCutClaimAndSaysWhy() throws IOException {
    String full = X12Builder.fivePayers(X12Builder.standard()).build();
    String cut = full.substring(0, full.indexOf("CLM*X-5") + 20);
    List<String> problems = new ArrayList<>();
    List<BulkRecord> records = read(cut.getBytes(), problems);
    assertEquals(5, records.size(), "four whole claims and the cut one");
    for (int i = 0; i < 4; i++) {
      claim(records.get(i));
    }
    var last = assertInstanceOf(ClaimReadResult.Invalid.class, records.get(4).read());
    assertTrue(last.errors().get(0).message().contains("ends inside this claim"), last.toString());
    assertTrue(!problems.isEmpty(), "the summary says the file is cut off");
  }

  @Test
  void notX12AtAllIsAProblemNotACrash() throws IOException {
    List<String> problems = new ArrayList<>();
    List<BulkRecord> records = read("this is not an interchange".getBytes(), problems);
    assertEquals(0, records.size());
    assertEquals(1, problems.size(), problems.toString());
  }
}
