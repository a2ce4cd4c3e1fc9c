package com.claims01940.bulk.ack;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 277CA claim acknowledgment (005010X214) of the accepted transaction sets of an 837P: one 277
 * per set, we as the information source (2000A, NM1*AY), the submitter as the information receiver
 * (2000B, with the accepted and rejected counts and amounts), each billing provider (2000C), and
 * for each claim a 2000D with TRN*2*(CLM01) and its status: accepted (A2:20) when our rules PASS or
 * WARN it, rejected (A3/A6/A7/A8, from {@link ClaimStatusCodes}, as its first ERROR says) when they
 * FAIL it, received but not validated (A1:19) when it has no 01940 line: one claim-level STC per
 * claim, its category agreeing with the claim's outcome in the JSON results. The free-text element
 * names every ERROR's finding code and field, never a submitted value.
 */
public final class Ack277ca {
  public static final String VERSION = "005010X214";

  /** Where a claim's medical-record fields are (its documentation). */
  static final String MEDICAL_RECORD = "/documentation";

  /** STC12 is at most 264 characters. */
  static final int MAX_TEXT = 264;

  private Ack277ca() {}

  /** One claim's status, as written in its 2200D: exactly one claim-level STC. */
  public record ClaimStatus(String claimId, Stc stc) {
    public boolean rejected() {
      return stc.action().equals("U");
    }
  }

  /**
   * STC01 (category:status[:entity]), STC10 (a second status, or null), STC03 action (WQ accept, U
   * reject), STC12 free text.
   */
  public record Stc(
      ClaimStatusCodes.Status status, List<String> second, String action, String text) {}

  /** What the 2200D of a claim says, from its bulk record's outcome (null: no outcome). */
  public static ClaimStatus statusOf(
      String claimId, RecordOutcome outcome, ClaimStatusCodes codes) {
    if (outcome == null || outcome.outcome().equals(RecordOutcome.UNSUPPORTED)) {
      return new ClaimStatus(
          claimId,
          new Stc(
              ClaimStatusCodes.NOT_VALIDATED,
              null,
              "WQ",
              "Received; not validated here, the claim has no 01940 anesthesia line."));
    }
    if (outcome.errors().isEmpty()) {
      return new ClaimStatus(claimId, new Stc(ClaimStatusCodes.ACCEPTED, null, "WQ", ""));
    }
    // Rejected as its first ERROR says, those about what an 837P carries first (an 837P never
    // carries the medical record, so findings about it come last); a second status (the first's
    // usage note, or the next error's) in STC10; every code and field in the free text.
    List<RecordOutcome.Flag> errors =
        outcome.errors().stream()
            .sorted(
                java.util.Comparator.comparing(
                    (RecordOutcome.Flag f) ->
                        f.field() != null && f.field().startsWith(MEDICAL_RECORD)))
            .toList();
    ClaimStatusCodes.Status first = codes.of(errors.get(0).code());
    List<String> second =
        !first.second().isEmpty()
            ? List.of(first.category(), first.second())
            : errors.stream()
                .map(f -> codes.of(f.code()))
                .filter(st -> !st.equals(first))
                .findFirst()
                .map(st -> List.of(st.category(), st.status(), st.entity()))
                .orElse(null);
    String text =
        String.join(
            "; ",
            errors.stream()
                .map(
                    f ->
                        f.code()
                            + (f.field() == null || f.field().isEmpty() ? "" : " at " + f.field()))
                .toList());
    return new ClaimStatus(claimId, new Stc(first, second, "U", freeText(text)));
  }

  /**
   * Writes the 277CA; {@code outcomes} by record number. The caller writes one only when {@link
   * Ack999#acceptedSets} is not empty.
   */
  public static void write(
      X12Envelope envelope,
      Map<Integer, RecordOutcome> outcomes,
      ClaimStatusCodes codes,
      AckHeader header,
      OutputStream out)
      throws IOException {
    List<X12Envelope.TransactionSet> sets = Ack999.acceptedSets(envelope);
    try (X12Out x = new X12Out(out)) {
      x.answer(envelope, header, "HN", VERSION);
      int n = 0;
      for (X12Envelope.TransactionSet set : sets) {
        transactionSet(x, set, String.format("%04d", ++n), outcomes, codes, header);
      }
      x.endGroup();
      x.endInterchange();
    }
  }

  private static void transactionSet(
      X12Out x,
      X12Envelope.TransactionSet set,
      String control,
      Map<Integer, RecordOutcome> outcomes,
      ClaimStatusCodes codes,
      AckHeader header)
      throws IOException {
    String date = header.ccyymmdd();
    Map<X12Envelope.ClaimHeader, ClaimStatus> statuses = new LinkedHashMap<>();
    Map<X12Envelope.Party, List<X12Envelope.ClaimHeader>> byProvider = new LinkedHashMap<>();
    BigDecimal acceptedAmount = BigDecimal.ZERO;
    BigDecimal rejectedAmount = BigDecimal.ZERO;
    int accepted = 0;
    int rejected = 0;
    for (X12Envelope.ClaimHeader claim : set.claims) {
      ClaimStatus status = statusOf(claim.claimId(), outcomes.get(claim.record()), codes);
      statuses.put(claim, status);
      byProvider.computeIfAbsent(claim.billingProvider(), p -> new ArrayList<>()).add(claim);
      if (status.rejected()) {
        rejected++;
        rejectedAmount = rejectedAmount.add(amount(claim.totalCharge()));
      } else {
        accepted++;
        acceptedAmount = acceptedAmount.add(amount(claim.totalCharge()));
      }
    }
    x.startSet("277", control, VERSION);
    String reference = set.batchReference.isEmpty() ? set.controlNumber : set.batchReference;
    x.segment("BHT", "0085", "08", reference, date, header.hhmm(), "TH");
    int hl = 0;
    x.segment("HL", Integer.toString(++hl), "", "20", "1");
    x.segment("NM1", "AY", "2", header.senderName(), "", "", "", "", "46", header.senderId());
    x.segment("TRN", "1", reference);
    x.segment("DTP", "050", "D8", date);
    x.segment("DTP", "009", "D8", date);
    int receiver = ++hl;
    x.segment("HL", Integer.toString(receiver), "1", "21", "1");
    X12Envelope.Party submitter = set.submitter;
    x.segment("NM1", "41", "2", submitter.name(), "", "", "", "", "46", submitter.id());
    x.segment("TRN", "2", reference);
    x.segment(
        "STC",
        List.of(ClaimStatusCodes.NOT_VALIDATED.category(), "19", "AY"),
        date,
        "WQ",
        acceptedAmount.add(rejectedAmount).toPlainString());
    x.segment("QTY", "90", Integer.toString(accepted));
    x.segment("QTY", "AA", Integer.toString(rejected));
    x.segment("AMT", "YU", acceptedAmount.toPlainString());
    x.segment("AMT", "YY", rejectedAmount.toPlainString());
    for (var provider : byProvider.entrySet()) {
      int providerHl = ++hl;
      x.segment("HL", Integer.toString(providerHl), Integer.toString(receiver), "19", "1");
      X12Envelope.Party p = provider.getKey();
      x.segment("NM1", "85", "2", p.name(), "", "", "", "", "XX", p.id());
      for (X12Envelope.ClaimHeader claim : provider.getValue()) {
        x.segment("HL", Integer.toString(++hl), Integer.toString(providerHl), "PT");
        X12Envelope.Party patient = claim.patient();
        x.segment(
            "NM1",
            "QC",
            "1",
            patient.name(),
            patient.firstName(),
            "",
            "",
            "",
            patient.id().isEmpty() ? "" : "MI",
            patient.id());
        x.segment("TRN", "2", claim.claimId());
        Stc stc = statuses.get(claim).stc();
        ClaimStatusCodes.Status st = stc.status();
        x.segment(
            "STC",
            List.of(st.category(), st.status(), st.entity()),
            date,
            stc.action(),
            amount(claim.totalCharge()).toPlainString(),
            "",
            "",
            "",
            "",
            "",
            stc.second() == null ? "" : stc.second(),
            "",
            stc.text());
        String dos = claim.dateOfService().replace("-", "");
        if (dos.matches("\\d{8}")) {
          x.segment("DTP", "472", "D8", dos);
        }
      }
    }
    x.endSet();
  }

  /** STC12: no X12 delimiter (a JSON Pointer may hold one), at most 264 characters. */
  static String freeText(String text) {
    String t = text.replaceAll("[*:^~]", " ");
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }

  private static BigDecimal amount(String clm02) {
    try {
      return clm02 == null || clm02.isEmpty() ? BigDecimal.ZERO : new BigDecimal(clm02);
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}
