package com.claims01940.bulk.ack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk summary says of an 837P's acknowledgments: where the 999 and the 277CA are (null when
 * none was written, and {@code note} says why), and the 999's verdict on each transaction set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcknowledgmentSummary(
    String implementationKey, String claimKey, List<SetVerdict> transactionSets, String note) {

  /** One transaction set: its group (GS06), ST02, IK501 and IK502 codes, and its claims. */
  public record SetVerdict(
      String group, String controlNumber, String verdict, List<String> codes, int claims) {}

  public static List<SetVerdict> verdicts(X12Envelope envelope) {
    List<SetVerdict> out = new ArrayList<>();
    for (X12Envelope.Group g : envelope.groups) {
      for (X12Envelope.TransactionSet s : g.sets) {
        out.add(
            new SetVerdict(
                g.controlNumber,
                s.controlNumber,
                s.verdict(),
                Ack999.setCodes(s),
                s.claims.size()));
      }
    }
    return out;
  }
}
