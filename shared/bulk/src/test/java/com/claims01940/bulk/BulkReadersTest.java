package com.claims01940.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.json.Json;
import com.claims01940.testing.ClaimFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkReadersTest {
  static final String CLEAN = ClaimFixture.clean().json().toString();

  record Read(BulkFormat.Detection detection, List<BulkRecord> records, List<String> problems) {}

  static Read read(String key, String content) throws IOException {
    var opened =
        BulkReaders.open(key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    List<BulkRecord> records = new ArrayList<>();
    if (opened.reader() == null) {
      return new Read(opened.detection(), records, List.of());
    }
    try (var reader = opened.reader()) {
      BulkRecord r;
      while ((r = reader.next()) != null) {
        records.add(r);
      }
      return new Read(opened.detection(), records, reader.problems());
    }
  }

  static String kinds(Read r) {
    return r.records().stream()
        .map(
            x ->
                x.read() instanceof ClaimReadResult.Valid
                    ? "V"
                    : x.read() instanceof ClaimReadResult.OutOfScope ? "O" : "I")
        .reduce("", String::concat);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.json | [ | JSON_ARRAY | ",
        "a.jsonl | { | NDJSON | ",
        "a.ndjson | { | NDJSON | ",
        "a.csv | claimId,payerId | CSV | ",
        "a.837 | ISA*00 | X12_837P | ",
        "a.txt | ISA*00 | X12_837P | ",
        "a.json | { | JSON_ARRAY | ",
        "a.ndjson | [1,2] | NDJSON | ",
        "a.csv | ISA*00 | X12_837P | content",
        "a.bin | [ | JSON_ARRAY | content",
        "a.bin | hello | UNKNOWN | match none",
      })
  void detection(String key, String head, BulkFormat format, String note) {
    byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
    BulkFormat.Detection d = BulkFormat.detect(key, bytes, bytes.length);
    assertEquals(format, d.format());
    if (note == null) {
      assertNull(d.note());
    } else {
      assertTrue(d.note().contains(note), d.note());
    }
  }

  @Test
  void ndjsonMixedGoodAndBadLinesInOrder() throws IOException {
    String bad = "{\"claimId\":\"C-2\"}";
    String other = CLEAN.replace("\"01940\"", "\"01939\"");
    Read r = read("x.ndjson", CLEAN + "\n\n" + bad + "\n" + "not json\n" + other + "\n" + CLEAN);
    assertEquals("VIIOV", kinds(r));
    assertEquals(
        List.of("line 1", "line 3", "line 4", "line 5", "line 6"),
        r.records().stream().map(BulkRecord::location).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), r.records().stream().map(BulkRecord::ordinal).toList());
  }

  @Test
  void ndjsonOverlongLineIsOneRecord() throws IOException {
    String big = "{\"claimId\":\"" + "x".repeat(NdjsonReader.MAX_LINE_BYTES + 10) + "\"}";
    Read r = read("x.ndjson", big + "\n" + CLEAN + "\n");
    assertEquals("IV", kinds(r));
  }

  @Test
  void jsonArrayElementsAndBadElements() throws IOException {
    Read r = read("x.json", "[" + CLEAN + ", 42, {\"claimId\": \"C-3\"}, " + CLEAN + "]");
    assertEquals("VIIV", kinds(r));
    assertEquals(List.of(), r.problems());
  }

  @Test
  void jsonArrayBrokenMidwayStopsWithAProblem() throws IOException {
    Read r = read("x.json", "[" + CLEAN + ", " + CLEAN.substring(0, 40));
    assertEquals("VI", kinds(r));
    assertEquals(1, r.problems().size(), r.problems().toString());
  }

  @Test
  void jsonThatIsNotAnArrayIsAProblem() throws IOException {
    Read r = read("x.json", "\"just a string\"");
    assertEquals(0, r.records().size());
    assertTrue(r.problems().get(0).startsWith("expected a JSON array"), r.problems().toString());
  }

  static final String HEADER =
      "claimId,payerId,dateOfService,placeOfService,renderingNpi,renderingRole,diagnosisCodes,"
          + "anesthesiaCode,modifiers,anesthesiaType,startTime,endTime,minutes,concurrentCases,presentAtInduction,"
          + "procedureCode,procedureLevels,modality,performingNpi,priorAuthNumber,priorAuthStatus,history,indication,"
          + "imagingGuidance,agentName,levelsTreated,documentedAnesthesiaType,informedConsent,postProcedureCondition,"
          + "preAnesthesiaEvaluation,asaPhysicalStatus,priorDiagnosticBlocks,riskFactors,depthOfSedation,"
          + "medicalDirection";
  static final String ROW =
      "C-9,MEDICARE,2026-03-14,24,1234567893,ANESTHESIOLOGIST,M47.816,01940,AA;QS;P3,MAC,"
          + "2026-03-14T08:02:00-05:00,2026-03-14T08:49:00-05:00,47,1,true,64635,L4-L5,THERMAL_RF,1528064737,"
          + "PA-1,APPROVED,"
          + "2025-06-02/64635/L4-L5/LEFT/80:30,\"Facet arthropathy, 2 MBBs\",FLUOROSCOPY,RADIOFREQUENCY,L4-L5,MAC,"
          + "yes,Stable,1,3,2026-01-10:85:L3+L4;2026-02-01:90,ASA_3_OR_HIGHER,deep,";

  @Test
  void csvRowBecomesTheSameClaimTheApiTakes() throws IOException {
    Read r = read("x.csv", HEADER + "\n" + ROW + "\n");
    var claim = assertInstanceOf(ClaimReadResult.Valid.class, r.records().get(0).read()).claim();
    assertEquals("C-9", claim.claimId());
    assertEquals(List.of("AA", "QS", "P3"), claim.modifiers());
    assertEquals(47, claim.anesthesia().minutes());
    assertEquals("Facet arthropathy, 2 MBBs", claim.documentation().indication());
    assertEquals(2, claim.documentation().priorDiagnosticBlocks().size());
    assertEquals(List.of("L4-L5"), claim.history().get(0).levels());
    // The relief an earlier session gave and a block's levels (contract v1.2).
    assertEquals("LEFT", claim.history().get(0).laterality());
    assertEquals(80, claim.history().get(0).reliefPercent());
    assertEquals(30, claim.history().get(0).reliefWeeks());
    assertEquals(
        List.of("L3", "L4"), claim.documentation().priorDiagnosticBlocks().get(0).levels());
    assertEquals(List.of(), claim.documentation().priorDiagnosticBlocks().get(1).levels());
    assertEquals(Boolean.TRUE, claim.documentation().informedConsent());
    assertEquals("line 2", r.records().get(0).location());
  }

  @Test
  void csvBadCellsAreNamedAndRaggedRowsAreErrors() throws IOException {
    String badMinutes = ROW.replace(",47,1,", ",forty,1,");
    Read r =
        read(
            "x.csv",
            HEADER + ",extraColumn\n" + ROW + ",x\n" + badMinutes + ",x\n" + "C-10,MEDICARE\n");
    assertEquals("VII", kinds(r));
    var invalid = (ClaimReadResult.Invalid) r.records().get(1).read();
    assertEquals("/anesthesia/minutes", invalid.errors().get(0).field());
    assertTrue(r.problems().get(0).contains("extraColumn"));
  }

  @Test
  void csvUnterminatedQuoteStopsWithAProblem() throws IOException {
    Read r =
        read("x.csv", HEADER + "\n" + ROW + "\n" + ROW.replace("\"Facet", "\"Facet \"\"unclosed"));
    assertEquals("V", kinds(r).substring(0, 1));
    assertTrue(r.records().size() >= 1);
  }

  @Test
  void theRecordLimitStopsReadingAndSaysWhere() throws IOException {
    var validator =
        new com.claims01940.engine.ClaimValidator(
            com.claims01940.engine.RuleEngine.standard(),
            com.claims01940.policy.InMemoryPolicyStore.seeded());
    String content = String.join("\n", CLEAN, CLEAN, CLEAN, CLEAN, CLEAN);
    var opened =
        BulkReaders.open(
            "x.ndjson", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    var out = new java.io.ByteArrayOutputStream();
    BulkCounts counts = new BulkProcessor(validator, 3).process(opened.reader(), out);
    assertEquals(3, counts.records);
    assertEquals(3, out.toString(StandardCharsets.UTF_8).lines().count());
    assertTrue(counts.stoppedAtLimit);
    assertTrue(counts.problems.get(0).contains("from line 4"), counts.problems.toString());
  }

  /** Regression (found by BulkInputPropertiesTest): a first NDJSON line that is an array. */
  @Test
  void ndjsonWhoseFirstLineIsAnArrayStaysNdjson() throws IOException {
    Read r = read("x.ndjson", "[1,2]\n" + CLEAN + "\n");
    assertEquals("IV", kinds(r));
  }

  @Test
  void jsonFileWithObjectsReadsEachTopLevelValue() throws IOException {
    Read r = read("x.json", CLEAN + "\n" + ClaimFixture.clean().json().toPrettyString());
    assertEquals("VV", kinds(r));
    assertTrue(r.records().get(1).location().startsWith("value 2"), r.records().get(1).location());
  }

  /** Regression (found by BulkInputPropertiesTest): an empty header name used to throw. */
  @Test
  void csvWithABrokenHeaderIsAProblemNotACrash() throws IOException {
    Read r = read("x.csv", "claimId,payerId,dateOfService,\nC-1,MEDICARE,2026-03-14,\n");
    assertEquals(0, r.records().size());
    assertTrue(r.problems().get(0).contains("header"), r.problems().toString());
    assertEquals(0, read("x.csv", "claimId,claimId\nA,B\n").records().size());
  }

  @Test
  void unknownFormatHasNoReader() throws IOException {
    Read r = read("x.bin", "\u0000\u0001 binary junk");
    assertEquals(BulkFormat.UNKNOWN, r.detection().format());
  }

  @Test
  void processorWritesOneLinePerRecordAndCounts() throws IOException {
    var validator =
        new com.claims01940.engine.ClaimValidator(
            com.claims01940.engine.RuleEngine.standard(),
            com.claims01940.policy.InMemoryPolicyStore.seeded(),
            com.claims01940.reference.ReferenceStore.of(
                com.claims01940.testing.ReferenceFixture.shipped()));
    String failing =
        ClaimFixture.clean().set("/anesthesia/modifiers", "[\"QS\"]").json().toString();
    String warning =
        ClaimFixture.clean().remove("/documentation/asaPhysicalStatus").json().toString();
    String content =
        String.join(
            "\n", CLEAN, failing, "{bad", warning, CLEAN.replace("\"01940\"", "\"01939\""), CLEAN);
    var opened =
        BulkReaders.open(
            "x.ndjson", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    var out = new java.io.ByteArrayOutputStream();
    BulkCounts counts = new BulkProcessor(validator).process(opened.reader(), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(6, lines.size());
    assertEquals(6, counts.records);
    assertEquals(counts.records, counts.results + counts.errors);
    assertEquals(
        List.of(2, 1, 1, 2, 1),
        List.of(counts.pass, counts.warn, counts.fail, counts.errors, counts.unsupported));
    for (int i = 0; i < lines.size(); i++) {
      var line = Json.MAPPER.readTree(lines.get(i));
      assertEquals(i + 1, line.path("record").asInt());
      assertTrue(line.has("result") ^ line.has("error"), lines.get(i));
    }
    assertEquals(
        "UNSUPPORTED_PROCEDURE",
        Json.MAPPER.readTree(lines.get(4)).path("error").path("code").asText());
    assertEquals(
        "INVALID_RECORD", Json.MAPPER.readTree(lines.get(2)).path("error").path("code").asText());
    assertEquals(1, counts.findingsByCode.get("MOD-PRICING-MISSING"));
    assertEquals(java.util.Set.of("MEDICARE 2026.3"), counts.policyVersions);
  }
}
