package com.claims01940.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.bulk.ack.Ack277ca;
import com.claims01940.bulk.ack.Ack999;
import com.claims01940.bulk.ack.AckHeader;
import com.claims01940.bulk.ack.ClaimStatusCodes;
import com.claims01940.bulk.ack.RecordOutcome;
import com.claims01940.bulk.ack.X12Envelope;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.InMemoryPolicyStore;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 999 and the 277CA written for 837P files, re-read by StAEDI (which checks their envelopes:
 * every count and control number) and checked segment by segment.
 */
class AcknowledgmentsTest {
  static final ClaimValidator VALIDATOR =
      new ClaimValidator(RuleEngine.standard(), InMemoryPolicyStore.seeded());
  static final Instant UPLOADED = Instant.parse("2026-03-20T17:05:00Z");

  /** An 837P read and validated as the bulk job does, and its acknowledgments. */
  record Acked(X12Envelope envelope, List<String> ack999, List<String> ack277, byte[] raw999) {
    List<String> claim(String claimId) {
      int at = ack277.indexOf("TRN*2*" + claimId);
      List<String> out = new ArrayList<>();
      for (int i = at + 1; i < ack277.size() && !ack277.get(i).startsWith("HL*"); i++) {
        out.add(ack277.get(i));
      }
      return out;
    }
  }

  static Acked acknowledge(byte[] file) throws Exception {
    X12Reader reader =
        (X12Reader) BulkReaders.open("claims.837", new ByteArrayInputStream(file)).reader();
    BulkCounts counts = new BulkProcessor(VALIDATOR).process(reader, new ByteArrayOutputStream());
    X12Envelope envelope = reader.envelope();
    ByteArrayOutputStream a999 = new ByteArrayOutputStream();
    Ack999.write(envelope, header("999"), a999);
    List<String> ack277 = List.of();
    if (!Ack999.acceptedSets(envelope).isEmpty()) {
      Map<Integer, RecordOutcome> outcomes = new HashMap<>();
      counts.recordOutcomes.forEach(o -> outcomes.put(o.record(), o));
      ByteArrayOutputStream a277 = new ByteArrayOutputStream();
      Ack277ca.write(envelope, outcomes, ClaimStatusCodes.shipped(), header("277CA"), a277);
      ack277 = reread(a277.toByteArray());
    }
    return new Acked(envelope, reread(a999.toByteArray()), ack277, a999.toByteArray());
  }

  static AckHeader header(String kind) {
    return AckHeader.of(
        "ZZ", "CLAIMS01940", "01940 CLAIM VALIDATION", "uploads/a.837", "e1", UPLOADED, kind);
  }

  /** Every segment as text ('*' and ':'), failing on any error StAEDI finds in the envelope. */
  static List<String> reread(byte[] x12) throws Exception {
    List<String> segments = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (EDIStreamReader r =
        EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(x12))) {
      StringBuilder seg = null;
      boolean inComposite = false;
      boolean firstComponent = false;
      while (r.hasNext()) {
        EDIStreamEvent e = r.next();
        switch (e) {
          case START_SEGMENT -> seg = new StringBuilder(r.getText());
          case START_COMPOSITE -> {
            seg.append('*');
            inComposite = true;
            firstComponent = true;
          }
          case END_COMPOSITE -> inComposite = false;
          case ELEMENT_DATA -> {
            if (inComposite) {
              seg.append(firstComponent ? "" : ":").append(r.getText());
              firstComponent = false;
            } else {
              seg.append('*').append(r.getText());
            }
          }
          case END_SEGMENT -> segments.add(seg.toString().replaceAll("\\*+$", ""));
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              errors.add(r.getErrorType() + " at " + r.getLocation().getSegmentTag());
          default -> {}
        }
      }
    }
    assertEquals(List.of(), errors, "StAEDI finds the acknowledgment's envelope sound");
    return segments;
  }

  static byte[] sample() throws Exception {
    return Files.readAllBytes(Path.of("../../events/bulk/claims.837"));
  }

  @Test
  void aCleanFileIsAcceptedSetBySetAndEveryClaimAcknowledged() throws Exception {
    Acked a = acknowledge(sample());
    assertTrue(a.ack999().get(0).startsWith("ISA*00*"), a.ack999().get(0));
    assertTrue(
        a.ack999().get(0).contains("*ZZ*CLAIMS01940    *ZZ*SUBMITTER      *260320*1705*^*00501*"));
    assertEquals(
        List.of(
            "ST*999*0001*005010X231A1",
            "AK1*HC*1*005010X222A1",
            "AK2*837*0001*005010X222A1",
            "IK5*A",
            "AK9*A*1*1*1",
            "SE*6*0001"),
        a.ack999().subList(2, 8));
    assertTrue(a.ack999().get(1).startsWith("GS*FA*CLAIMS01940*SUBMITTER*20260320*1705*"));
    assertTrue(a.ack999().get(1).endsWith("*X*005010X231A1"));

    List<String> ca = a.ack277();
    assertTrue(ca.contains("ST*277*0001*005010X214"), ca.toString());
    assertTrue(ca.contains("BHT*0085*08*BATCH1*20260320*1705*TH"), ca.toString());
    assertTrue(ca.contains("NM1*AY*2*01940 CLAIM VALIDATION*****46*CLAIMS01940"), ca.toString());
    assertTrue(ca.contains("NM1*41*2*ANESTHESIA GROUP*****46*123456789"), ca.toString());
    assertTrue(ca.contains("NM1*85*2*ANESTHESIA GROUP*****XX*1234567893"), ca.toString());
    // Every claim of the file has its 2200D, in order.
    List<String> traces = ca.stream().filter(s -> s.startsWith("TRN*2*X-")).toList();
    assertEquals(List.of("TRN*2*X-001", "TRN*2*X-002", "TRN*2*X-003"), traces);
    // X-001 passes every check an 837P can carry, but an 837P carries no medical record, so the
    // documentation findings fail it in the JSON results, and the 277CA agrees: rejected, A6:294.
    List<String> x001 = a.claim("X-001");
    assertEquals(2, x001.size(), "one claim-level STC, then the date: " + x001);
    assertTrue(
        x001.get(0)
            .startsWith(
                "STC*A6:294*20260320*U*145.53******A6:297**DOC-INDICATION-MISSING at"
                    + " /documentation/indication; "),
        x001.get(0));
    // X-003 has no 01940 line: received, not validated.
    assertEquals(
        "STC*A1:19:AY*20260320*WQ*145.53********Received; not validated here, the claim has no"
            + " 01940 anesthesia line.",
        a.claim("X-003").get(0));
    // X-002 is Aetna's: no start and stop times (no NTE), which an 837P can carry, lead; the
    // medical record's findings follow in the free text. Its missing prior authorization is only a
    // WARNING (Aetna's rule is not verified: honest severity), so it is not a rejection reason.
    List<String> x002 = a.claim("X-002");
    assertEquals(2, x002.size(), x002.toString());
    assertTrue(
        x002.get(0)
            .startsWith(
                "STC*A6:251*20260320*U*145.53******A6:294**DOC-TIME-MISSING at"
                    + " /anesthesia/startTime; DOC-TIME-MISSING at /anesthesia/endTime; DOC-"),
        x002.get(0));
    assertFalse(x002.get(0).contains("COV-PRIOR-AUTH-MISSING"), x002.get(0));
    assertTrue(ca.contains("STC*A1:19:AY*20260320*WQ*436.59"), "the receiver's total: " + ca);
    // X-003 (received) counts as accepted; are rejected.
    assertTrue(ca.contains("QTY*90*1") && ca.contains("QTY*AA*2"), ca.toString());
    assertTrue(ca.contains("AMT*YU*145.53") && ca.contains("AMT*YY*291.06"), ca.toString());
  }

  @Test
  void aFailingClaimIsRejectedWithItsFindingCodesAndFieldsAndAnUnbalancedOneWith400()
      throws Exception {
    String file = new String(sample(), StandardCharsets.US_ASCII);
    // billed 150.00 over a 145.53 line, and a diagnosis that is not ICD-10-CM.
    file =
        file.replace("CLM*X-001*145.53", "CLM*X-001*150.00")
            .replace("HI*ABK:M47816*BP:64635", "HI*ABK:68686*BP:64635");
    Acked a = acknowledge(file.getBytes(StandardCharsets.US_ASCII));
    List<String> stcs = a.claim("X-001").stream().filter(s -> s.startsWith("STC*")).toList();
    assertEquals(1, stcs.size(), "one claim-level STC: " + stcs);
    assertTrue(
        stcs.get(0)
            .startsWith(
                "STC*A7:400*20260320*U*150.00******A7:255**COV-CLAIM-UNBALANCED at /charges/total;"
                    + " COV-DIAGNOSIS-INVALID at /diagnosisCodes/0;"),
        stcs.toString());
    assertTrue(
        a.ack277().contains("QTY*AA*2") && a.ack277().contains("AMT*YY*295.53"),
        a.ack277().toString());
    assertFalse(
        String.join("~", a.ack277()).contains("68686"), "a submitted value is never echoed");
  }

  @Test
  void aWrongSeCountRejectsTheSetWithIk5Code4AndNo277ca() throws Exception {
    String file =
        new String(sample(), StandardCharsets.US_ASCII).replaceAll("SE\\*\\d+\\*0001", "SE*5*0001");
    Acked a = acknowledge(file.getBytes(StandardCharsets.US_ASCII));
    assertTrue(a.ack999().contains("IK5*R*4"), a.ack999().toString());
    assertTrue(a.ack999().contains("AK9*R*1*1*0"), a.ack999().toString());
    assertEquals(List.of(), a.ack277(), "no set accepted: no 277CA");
  }

  @Test
  void trailerControlNumbersThatDifferAreCode3AndAGroupCountThatIsWrongIsAk9Code5()
      throws Exception {
    String file =
        new String(sample(), StandardCharsets.US_ASCII)
            .replaceAll("SE\\*(\\d+)\\*0001", "SE*$1*0002")
            .replace("GE*1*1", "GE*2*1");
    Acked a = acknowledge(file.getBytes(StandardCharsets.US_ASCII));
    assertTrue(a.ack999().contains("IK5*R*3"), a.ack999().toString());
    assertTrue(a.ack999().contains("AK9*R*2*1*0*5"), a.ack999().toString());
  }

  @Test
  void aFileCutInsideATransactionSetStillGetsThePreciseA999() throws Exception {
    String file = new String(sample(), StandardCharsets.US_ASCII);
    String cut = file.substring(0, file.indexOf("CLM*X-003"));
    Acked a = acknowledge(cut.getBytes(StandardCharsets.US_ASCII));
    assertTrue(a.ack999().contains("IK5*R*2"), "no SE: " + a.ack999());
    assertTrue(a.ack999().contains("AK9*R*1*1*0*3"), "no GE: " + a.ack999());
  }

  @Test
  void aMalformedCompositeInTheEnvelopeIsAnIk3WithItsIk4() throws Exception {
    String file =
        new String(sample(), StandardCharsets.US_ASCII)
            .replace("ST*837*0001*005010X222A1", "ST*837:X*0001*005010X222A1");
    Acked a = acknowledge(file.getBytes(StandardCharsets.US_ASCII));
    assertTrue(a.ack999().contains("IK3*ST*1**8"), a.ack999().toString());
    assertTrue(
        a.ack999().stream().anyMatch(s -> s.startsWith("IK4*1") && s.endsWith("*13")),
        "too many components in ST01: " + a.ack999());
    assertTrue(a.ack999().contains("IK5*R*5"), a.ack999().toString());
  }

  @Test
  void theSameObjectGivesByteIdenticalAcknowledgmentsAndAnotherObjectOtherControlNumbers()
      throws Exception {
    Acked once = acknowledge(sample());
    Acked again = acknowledge(sample());
    assertArrayEquals(once.raw999(), again.raw999());
    assertEquals(once.ack277(), again.ack277());
    String control = header("999").controlNumber();
    assertEquals(9, control.length());
    assertNotEquals(control, header("277CA").controlNumber(), "999 and 277CA differ");
    assertNotEquals(
        control,
        AckHeader.of("ZZ", "CLAIMS01940", "n", "uploads/b.837", "e1", UPLOADED, "999")
            .controlNumber(),
        "another file, another control number");
  }
}
