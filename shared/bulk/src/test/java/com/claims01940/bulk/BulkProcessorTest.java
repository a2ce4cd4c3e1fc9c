package com.claims01940.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.json.Json;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyStore;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.testing.ClaimFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The validating threads change nothing a reader of the results can see: same lines, same order,
 * same counts.
 */
class BulkProcessorTest {
  private static final ClaimValidator VALIDATOR =
      new ClaimValidator(RuleEngine.standard(), InMemoryPolicyStore.seeded());

  /**
   * 1,000 records of every kind: clean, failing, unreadable, another code, blank lines, five
   * payers.
   */
  private static String mixedFile() {
    List<String> payers = List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC", "NOBODY");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      var claim =
          ClaimFixture.clean()
              .set("/claimId", "\"C-" + i + "\"")
              .set("/payerId", "\"" + payers.get(i % payers.size()) + "\"");
      lines.add(
          switch (i % 7) {
            case 1 -> claim.set("/anesthesia/modifiers", "[\"QS\"]").json().toString();
            case 2 -> "{bad " + i;
            case 3 -> claim.set("/anesthesia/procedureCode", "\"01939\"").json().toString();
            case 4 -> "   ";
            default -> claim.json().toString();
          });
    }
    return String.join("\n", lines);
  }

  /**
   * The 837P's 99100 line reaches Aetna's estimate (1 unit), and its other lines are named, not
   * dropped.
   */
  @Test
  void an837QualifyingCircumstanceLineIsPaidAndOtherLinesAreReported() throws IOException {
    byte[] file =
        X12ReaderTest.aetnaWithExtraLines()
            .build()
            .replace("DMG*D8*19710502", "DMG*D8*19500101")
            .getBytes(StandardCharsets.US_ASCII);
    var opened = BulkReaders.open("day.837", new ByteArrayInputStream(file));
    var out = new ByteArrayOutputStream();
    new BulkProcessor(VALIDATOR).process(opened.reader(), out);
    var line = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8).strip());
    var payment = line.path("result").path("payment");
    assertEquals(1 + 1, payment.path("modifierUnits").asInt(), "P3 1 unit + 99100 1 unit: " + line);
    assertEquals(
        List.of("64635", "J2001"),
        line.path("ignoredServiceLines").findValuesAsText("procedureCode"));
    assertEquals(
        "",
        line.path("result").path("findings").findValuesAsText("code").stream()
            .filter(c -> c.startsWith("COV-QUALIFYING"))
            .findFirst()
            .orElse(""),
        "a 76-year-old qualifies for 99100");
  }

  private record Run(byte[] lines, String counts) {}

  private static Run run(BulkProcessor processor, String content) throws IOException {
    var opened =
        BulkReaders.open(
            "x.ndjson", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    var out = new ByteArrayOutputStream();
    BulkCounts counts = processor.process(opened.reader(), out);
    return new Run(out.toByteArray(), Json.MAPPER.writeValueAsString(counts));
  }

  @Test
  void manyThreadsAndSmallBatchesWriteWhatOneThreadWrites() throws IOException {
    String file = mixedFile();
    Run single = run(new BulkProcessor(VALIDATOR, 1_000_000, 1, 1000), file);
    Run parallel = run(new BulkProcessor(VALIDATOR, 1_000_000, 4, 7), file);
    assertArrayEquals(single.lines(), parallel.lines());
    assertEquals(single.counts(), parallel.counts());
    List<String> lines = new String(parallel.lines(), StandardCharsets.UTF_8).lines().toList();
    long blankLines = java.util.stream.IntStream.range(0, 1000).filter(i -> i % 7 == 4).count();
    assertEquals(1000 - blankLines, lines.size(), "every record but the blank lines has one line");
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(
          i + 1, Json.MAPPER.readTree(lines.get(i)).path("record").asInt(), "in input order");
    }
  }

  @Test
  void theRecordLimitHoldsAcrossBatches() throws IOException {
    Run run = run(new BulkProcessor(VALIDATOR, 100, 3, 16), mixedFile());
    var counts = Json.MAPPER.readTree(run.counts());
    assertEquals(100, counts.path("records").asInt());
    assertEquals(100, counts.path("results").asInt() + counts.path("errors").asInt());
    assertEquals(100, new String(run.lines(), StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void aPolicyStoreFailureOnAValidatingThreadFailsTheFile() {
    PolicyStore down =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            throw new PolicyStoreUnavailableException("table unreachable", null);
          }

          @Override
          public List<PayerSummary> payers() {
            throw new PolicyStoreUnavailableException("table unreachable", null);
          }
        };
    var processor =
        new BulkProcessor(new ClaimValidator(RuleEngine.standard(), down), 1_000_000, 2, 8);
    assertThrows(PolicyStoreUnavailableException.class, () -> run(processor, mixedFile()));
  }

  /**
   * With no cache in front of the store, each payer is still read once per file (all six, the
   * unknown one included), and the next file takes its own snapshot.
   */
  @Test
  void eachPayerIsReadOncePerFile() throws IOException {
    PolicyStore seeded = InMemoryPolicyStore.seeded();
    Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    PolicyStore uncached =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            reads.computeIfAbsent(payerId, p -> new AtomicInteger()).incrementAndGet();
            return seeded.versions(payerId);
          }

          @Override
          public List<PayerSummary> payers() {
            return seeded.payers();
          }
        };
    var processor =
        new BulkProcessor(new ClaimValidator(RuleEngine.standard(), uncached), 1_000_000, 2, 8);
    for (int file = 1; file <= 2; file++) {
      run(processor, mixedFile());
      for (String payer : List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC", "NOBODY")) {
        assertEquals(file, reads.get(payer).get(), payer + " after file " + file);
      }
      assertEquals(6, reads.size(), reads.toString());
    }
  }
}
