package com.claims01940.bulk.ack;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An X12 interchange written with StAEDI's writer, one segment a line: counts the segments of each
 * transaction set (SE01), each group's sets (GE01) and the interchange's groups (IEA01). An element
 * is a String, or a {@code List<String>} for a composite; trailing empty elements are left out.
 */
final class X12Out implements AutoCloseable {
  private final EDIStreamWriter writer;
  private int segmentsInSet;
  private int setsInGroup;
  private int groups;
  private String interchangeControl;
  private String groupControl;
  private String setControl;

  X12Out(OutputStream out) {
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    this.writer = factory.createEDIStreamWriter(out);
  }

  /**
   * The ISA and GS of an acknowledgment: from us, to the interchange's sender (its usage echoed),
   * the group to the sender's application (the first group's GS02).
   */
  void answer(X12Envelope envelope, AckHeader header, String functionalId, String version)
      throws IOException {
    interchange(
        header.senderQualifier(),
        header.senderId(),
        envelope.senderQualifier,
        envelope.sender,
        header.yymmdd(),
        header.hhmm(),
        header.controlNumber(),
        envelope.usage);
    group(
        functionalId,
        header.senderId(),
        envelope.groups.get(0).senderApplication,
        header.ccyymmdd(),
        header.hhmm(),
        Integer.toString(Integer.parseInt(header.controlNumber())),
        version);
  }

  /** ISA: ':' components, '^' repetitions. */
  private void interchange(
      String senderQualifier,
      String senderId,
      String receiverQualifier,
      String receiverId,
      String yymmdd,
      String hhmm,
      String control,
      String usage)
      throws IOException {
    interchangeControl = control;
    try {
      writer.startInterchange();
    } catch (EDIStreamException e) {
      throw new IOException(e);
    }
    segment(
        "ISA",
        "00",
        " ".repeat(10),
        "00",
        " ".repeat(10),
        senderQualifier,
        pad(senderId, 15),
        receiverQualifier,
        pad(receiverId, 15),
        yymmdd,
        hhmm,
        "^",
        "00501",
        control,
        "0",
        usage,
        ":");
  }

  private void group(
      String functionalId,
      String sender,
      String receiver,
      String ccyymmdd,
      String hhmm,
      String control,
      String version)
      throws IOException {
    groupControl = control;
    setsInGroup = 0;
    groups++;
    segment("GS", functionalId, sender, receiver, ccyymmdd, hhmm, control, "X", version);
  }

  void startSet(String id, String control, String implementation) throws IOException {
    setControl = control;
    segmentsInSet = 0;
    setsInGroup++;
    segment("ST", id, control, implementation);
  }

  void endSet() throws IOException {
    segment("SE", Integer.toString(segmentsInSet + 1), setControl);
  }

  void endGroup() throws IOException {
    segment("GE", Integer.toString(setsInGroup), groupControl);
  }

  void endInterchange() throws IOException {
    segment("IEA", Integer.toString(groups), interchangeControl);
    try {
      writer.endInterchange();
      writer.flush();
    } catch (EDIStreamException e) {
      throw new IOException(e);
    }
  }

  /** One segment; counted towards SE01 (ISA, GS, GE and IEA are outside any set). */
  void segment(String tag, Object... elements) throws IOException {
    int last = elements.length;
    while (last > 0 && empty(elements[last - 1])) {
      last--;
    }
    try {
      writer.writeStartSegment(tag);
      for (int i = 0; i < last; i++) {
        Object e = elements[i];
        if (e instanceof List<?> components) {
          writer.writeStartElement();
          int n = components.size();
          while (n > 0 && empty(components.get(n - 1))) {
            n--;
          }
          for (int c = 0; c < n; c++) {
            writer.writeComponent(String.valueOf(components.get(c)));
          }
          writer.endElement();
        } else {
          writer.writeElement(e == null ? "" : e.toString());
        }
      }
      writer.writeEndSegment();
    } catch (EDIStreamException e) {
      throw new IOException("cannot write " + tag + ": " + e.getMessage(), e);
    }
    if (!List.of("ISA", "GS", "GE", "IEA").contains(tag)) {
      segmentsInSet++;
    }
  }

  private static boolean empty(Object e) {
    return e == null || (e instanceof String s && s.isEmpty());
  }

  private static String pad(String s, int width) {
    String v = s.length() > width ? s.substring(0, width) : s;
    return v + " ".repeat(width - v.length());
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } catch (EDIStreamException e) {
      throw new IOException(e);
    }
  }
}
