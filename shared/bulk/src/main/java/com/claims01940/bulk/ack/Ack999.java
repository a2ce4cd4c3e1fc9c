package com.claims01940.bulk.ack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 999 implementation acknowledgment (005010X231A1) of an 837P interchange: one 999 transaction
 * set per functional group (AK1 echoing GS01, GS06, GS08), one AK2/IK5 per transaction set with an
 * IK3 (and its IK4s) for each segment error StAEDI reported, and AK9 for the group.
 */
public final class Ack999 {
  public static final String VERSION = "005010X231A1";

  private Ack999() {}

  /** Whether a 999 can be written: an ISA and at least one functional group were read. */
  public static boolean possible(X12Envelope envelope) {
    return envelope.sender != null && !envelope.groups.isEmpty();
  }

  public static void write(X12Envelope envelope, AckHeader header, OutputStream out)
      throws IOException {
    try (X12Out x = new X12Out(out)) {
      x.answer(envelope, header, "FA", VERSION);
      int n = 0;
      for (X12Envelope.Group group : envelope.groups) {
        x.startSet("999", String.format("%04d", ++n), VERSION);
        x.segment("AK1", group.functionalId, group.controlNumber, group.version);
        int accepted = 0;
        for (X12Envelope.TransactionSet set : group.sets) {
          x.segment("AK2", set.id, set.controlNumber, set.implementation);
          for (X12Envelope.SegmentError e : set.segmentErrors) {
            x.segment("IK3", e.tag(), Integer.toString(e.position()), "", e.code());
            for (X12Envelope.ElementError el : e.elements()) {
              x.segment(
                  "IK4",
                  el.component() == null
                      ? Integer.toString(el.element())
                      : List.of(Integer.toString(el.element()), el.component().toString()),
                  "",
                  el.code());
            }
          }
          List<Object> ik5 = new ArrayList<>(List.of(set.verdict()));
          ik5.addAll(setCodes(set));
          x.segment("IK5", ik5.toArray());
          if (set.accepted()) {
            accepted++;
          }
        }
        List<Object> ak9 = new ArrayList<>();
        ak9.add(groupVerdict(group, accepted));
        ak9.add(
            Integer.toString(group.declaredSets != null ? group.declaredSets : group.sets.size()));
        ak9.add(Integer.toString(group.sets.size()));
        ak9.add(Integer.toString(accepted));
        List<String> groupCodes = new ArrayList<>(group.errors);
        if (!group.trailer) {
          groupCodes.add(X12SyntaxCodes.GROUP_TRAILER_MISSING);
        }
        ak9.addAll(groupCodes.stream().limit(5).toList());
        x.segment("AK9", ak9.toArray());
        x.endSet();
      }
      x.endGroup();
      x.endInterchange();
    }
  }

  /** IK502-IK506: no trailer, SE's count or control number, segments in error. */
  static List<String> setCodes(X12Envelope.TransactionSet set) {
    List<String> codes = new ArrayList<>();
    if (!set.trailer) {
      codes.add(X12SyntaxCodes.SET_TRAILER_MISSING);
    }
    codes.addAll(set.setErrors);
    if (!set.segmentErrors.isEmpty()) {
      codes.add(X12SyntaxCodes.SEGMENTS_IN_ERROR);
    }
    return codes.stream().distinct().limit(5).toList();
  }

  /** AK901: A every set accepted, R none (or the group itself in error), P some. */
  static String groupVerdict(X12Envelope.Group group, int accepted) {
    if (!group.errors.isEmpty() || !group.trailer || accepted == 0) {
      return "R";
    }
    return accepted == group.sets.size() ? "A" : "P";
  }

  /** The sets a 277CA answers: accepted, in a group not rejected as a whole. */
  public static List<X12Envelope.TransactionSet> acceptedSets(X12Envelope envelope) {
    List<X12Envelope.TransactionSet> out = new ArrayList<>();
    for (X12Envelope.Group group : envelope.groups) {
      int accepted = (int) group.sets.stream().filter(X12Envelope.TransactionSet::accepted).count();
      if (!groupVerdict(group, accepted).equals("R")) {
        group.sets.stream().filter(X12Envelope.TransactionSet::accepted).forEach(out::add);
      }
    }
    return out;
  }
}
