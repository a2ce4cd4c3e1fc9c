package com.claims01940.bulk;

import com.claims01940.bulk.ack.X12Envelope;
import com.claims01940.bulk.ack.X12SyntaxCodes;
import com.claims01940.claim.ClaimReader;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X12 837P (005010X222A1) read with StAEDI, which honours the delimiters the ISA declares and
 * checks the envelope (control numbers and counts). Each CLM is one record, mapped to the claim
 * JSON the API takes: payer from SBR09 or NM1*PR (through {@link X12Mapping}), place of service
 * CLM05-1, diagnoses HI ABK/ABF, anesthesia-related procedure HI BP/BO, rendering NPI NM1*82 and
 * role from PRV taxonomy, date of service DTP*472, the anesthesia line SV1 HC:01940:modifiers with
 * MJ minutes, and start/stop times from NTE*ADD ("START 0802 STOP 0849 -0500"). A
 * qualifying-circumstance line (99100-99140) adds its code to the claim's qualifying circumstances;
 * any other line is named in the record's result as ignored (a line of the linked procedure still
 * gives the side, from LT, RT or 50).
 */
public final class X12Reader implements RecordReader {
  /** Segments of the interchange and group envelopes: their errors belong to no set. */
  private static final Set<String> OUTSIDE_SETS = Set.of("ISA", "GS", "GE", "IEA");

  private static final Pattern TIMES =
      Pattern.compile(
          "(?i)START\\s*(\\d{4})\\s+(?:STOP|END)\\s*(\\d{4})(?:\\s*(Z|[+-]\\d{2}:?\\d{2}))?");

  /**
   * One segment: tag, its position in the interchange, and its elements (each a list of
   * components).
   */
  record Segment(String tag, int position, List<List<String>> elements) {
    String element(int i) {
      return component(i, 1);
    }

    String component(int element, int component) {
      if (element > elements.size()) {
        return "";
      }
      List<String> c = elements.get(element - 1);
      return component > c.size() || c.get(component - 1) == null ? "" : c.get(component - 1);
    }
  }

  private final EDIStreamReader reader;
  private final InputStream in;
  private final X12Mapping mapping;
  private final Set<String> qualifyingCircumstances;
  private final Deque<BulkRecord> ready = new ArrayDeque<>();
  private final X12Envelope envelope = new X12Envelope();
  private X12Envelope.Group group;
  private X12Envelope.TransactionSet set;
  private X12Envelope.Party billingProvider = X12Envelope.Party.NONE;
  private List<X12Envelope.ElementError> elementErrors = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int ordinal;
  private boolean ended;
  private boolean interchangeClosed;

  // Context that spans claims: the current subscriber/patient and payer, the batch date.
  private String submissionDate;
  private String filingPayer;
  private String payerId;
  private ObjectNode person = Json.MAPPER.createObjectNode();
  private X12Envelope.Party patient = X12Envelope.Party.NONE;
  private String personLoop = "";

  // The claim being built, with where it started and any syntax errors inside it.
  private ObjectNode claim;
  private int claimSegment;
  private List<String> claimErrors = new ArrayList<>();
  private String otherLineCode;
  private String totalCharge;
  private java.math.BigDecimal lineCharges;
  private List<BulkRecord.IgnoredLine> ignoredLines = new ArrayList<>();
  private boolean anesthesiaLine;
  private String startHhmm;
  private String stopHhmm;
  private String offset;

  // The segment being read.
  private String tag;
  private int position;
  private List<List<String>> elements;
  private List<String> composite;

  public X12Reader(InputStream in, X12Mapping mapping, Set<String> qualifyingCircumstances) {
    this.in = in;
    this.mapping = mapping;
    this.qualifyingCircumstances = qualifyingCircumstances;
    this.reader = EDIInputFactory.newFactory().createEDIStreamReader(in);
  }

  @Override
  public BulkRecord next() throws IOException {
    while (ready.isEmpty() && !ended) {
      step();
    }
    return ready.poll();
  }

  private void step() throws IOException {
    EDIStreamEvent event;
    try {
      if (!reader.hasNext()) {
        finish(
            interchangeClosed
                ? null
                : "the input ends before the interchange is closed (no IEA), at " + where());
        return;
      }
      event = reader.next();
    } catch (EDIStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      finish(
          "the X12 input is malformed or cut off at "
              + where()
              + " ("
              + firstLine(e.getMessage())
              + ")");
      return;
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      finish(
          "the X12 input cannot be read past "
              + where()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
      return;
    }
    switch (event) {
      case START_SEGMENT -> {
        tag = reader.getText();
        position = reader.getLocation().getSegmentPosition();
        elements = new ArrayList<>();
      }
      case START_COMPOSITE -> composite = new ArrayList<>();
      case END_COMPOSITE -> {
        place(elements, reader.getLocation().getElementPosition(), composite);
        composite = null;
      }
      case ELEMENT_DATA -> {
        if (composite != null) {
          place(composite, reader.getLocation().getComponentPosition(), reader.getText());
        } else if (elements != null) {
          place(
              elements,
              reader.getLocation().getElementPosition(),
              new ArrayList<>(List.of(reader.getText())));
        }
      }
      case END_SEGMENT -> {
        if (tag != null) {
          // The segment first: an ST opens the set its own element errors belong to.
          segment(new Segment(tag, position, elements));
          if (!elementErrors.isEmpty() && set != null && !OUTSIDE_SETS.contains(tag)) {
            set.segmentErrors.add(
                new X12Envelope.SegmentError(
                    tag,
                    position - set.startSegment + 1,
                    X12SyntaxCodes.segment(
                        EDIStreamValidationError.SEGMENT_HAS_DATA_ELEMENT_ERRORS),
                    List.copyOf(elementErrors)));
          }
          elementErrors = new ArrayList<>();
        }
        tag = null;
      }
      case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
          error(reader.getErrorType());
      case START_INTERCHANGE -> interchangeClosed = false;
      case END_INTERCHANGE -> interchangeClosed = true;
      default -> {
        // Interchange, group, transaction and loop boundaries carry nothing to map.
      }
    }
  }

  private void error(EDIStreamValidationError type) {
    acknowledge(type);
    String at =
        "segment "
            + reader.getLocation().getSegmentPosition()
            + " ("
            + reader.getLocation().getSegmentTag()
            + ")";
    String what = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " at " + at;
    if (type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
        || type == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH
        || claim == null) {
      problems.add("envelope: " + what);
    } else {
      claimErrors.add(what);
    }
  }

  /** The error as the 999 will report it: against the set or group, or as an IK3/IK4. */
  private void acknowledge(EDIStreamValidationError type) {
    var loc = reader.getLocation();
    String at = loc.getSegmentTag();
    boolean control = type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT;
    boolean reference = type == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
    if ((control || reference) && "SE".equals(at) && set != null) {
      set.setErrors.add(
          control ? X12SyntaxCodes.COUNT_MISMATCH_SET : X12SyntaxCodes.CONTROL_MISMATCH_SET);
    } else if ((control || reference) && "GE".equals(at) && group != null) {
      group.errors.add(
          control ? X12SyntaxCodes.COUNT_MISMATCH_GROUP : X12SyntaxCodes.CONTROL_MISMATCH_GROUP);
    } else if (X12SyntaxCodes.element(type) != null) {
      elementErrors.add(
          new X12Envelope.ElementError(
              loc.getElementPosition(),
              loc.getComponentPosition() > 0 ? loc.getComponentPosition() : null,
              X12SyntaxCodes.element(type)));
    } else if (set != null && !set.trailer && X12SyntaxCodes.segment(type) != null) {
      set.segmentErrors.add(
          new X12Envelope.SegmentError(
              at,
              loc.getSegmentPosition() - set.startSegment + 1,
              X12SyntaxCodes.segment(type),
              List.of()));
    }
  }

  private static <T> void place(List<T> list, int oneBased, T value) {
    while (list.size() < oneBased - 1) {
      list.add(null);
    }
    if (oneBased - 1 < list.size()) {
      list.set(oneBased - 1, value);
    } else {
      list.add(value);
    }
  }

  private void segment(Segment s) {
    switch (s.tag()) {
      case "ISA" -> {
        envelope.senderQualifier = s.element(5);
        envelope.sender = s.element(6).strip();
        envelope.usage = s.element(15);
        envelope.receiver = s.element(8).strip();
        envelope.controlNumber = s.element(13);
      }
      case "GS" -> {
        group = new X12Envelope.Group();
        group.functionalId = s.element(1);
        group.senderApplication = s.element(2);
        group.receiverApplication = s.element(3);
        group.controlNumber = s.element(6);
        group.version = s.element(8);
        envelope.groups.add(group);
      }
      case "ST" -> {
        set = new X12Envelope.TransactionSet();
        set.id = s.element(1);
        set.controlNumber = s.element(2);
        set.implementation = s.element(3);
        set.startSegment = s.position();
        if (group != null) {
          group.sets.add(set);
        }
      }
      case "BHT" -> {
        submissionDate = date(s.element(4));
        if (set != null) {
          set.batchReference = s.element(3);
        }
      }
      case "HL" -> {
        endClaim();
        if (s.element(3).equals("22")) {
          filingPayer = null;
          payerId = null;
          person = Json.MAPPER.createObjectNode();
          patient = X12Envelope.Party.NONE;
        }
        personLoop = s.element(3);
      }
      case "SBR" -> filingPayer = mapping.claimFilingIndicatorPayers().get(s.element(9));
      case "NM1" -> nm1(s);
      case "DMG" -> {
        if (s.element(1).equals("D8")) {
          person.put("birthDate", date(s.element(2)));
        }
        if (!s.element(3).isEmpty()) {
          person.put("sex", s.element(3));
        }
      }
      case "CLM" -> startClaim(s);
      case "DTP" -> {
        if (claim != null && s.element(1).equals("472")) {
          String d = s.element(3);
          claim.put("dateOfService", date(d.contains("-") ? d.substring(0, d.indexOf('-')) : d));
        }
      }
      case "HI" -> hi(s);
      case "PRV" -> {
        String role = mapping.taxonomyRoles().get(s.element(3));
        if (claim != null && s.element(1).equals("PE") && role != null) {
          claim.withObject("/renderingProvider").put("role", role);
        }
      }
      case "SV1" -> sv1(s);
      case "NTE" -> {
        Matcher m = TIMES.matcher(s.element(2));
        if (claim != null && s.element(1).equals("ADD") && m.find()) {
          startHhmm = m.group(1);
          stopHhmm = m.group(2);
          offset = m.group(3);
        }
      }
      case "SE" -> {
        endClaim();
        if (set != null) {
          set.trailer = true;
        }
      }
      case "GE" -> {
        endClaim();
        if (group != null) {
          group.trailer = true;
          group.declaredSets = integer(s.element(1));
        }
      }
      case "IEA" -> endClaim();
      default -> {
        // Segments this mapping does not need (N3, N4, REF, PER, LX, …).
      }
    }
  }

  private static X12Envelope.Party party(Segment s) {
    return new X12Envelope.Party(s.element(3), s.element(4), s.element(8), s.element(9));
  }

  private void nm1(Segment s) {
    switch (s.element(1)) {
      case "41" -> {
        if (set != null) {
          set.submitter = party(s);
        }
      }
      case "85" -> billingProvider = party(s);
      case "IL", "QC" -> {
        if (s.element(1).equals("QC") || personLoop.equals("22")) {
          String name = (s.element(4) + " " + s.element(3)).strip();
          if (!name.isEmpty()) {
            person.put("name", name);
          }
          if (s.element(1).equals("IL") && !s.element(9).isEmpty()) {
            person.put("memberId", s.element(9));
          }
          patient = party(s);
        }
      }
      case "PR" ->
          payerId =
              mapping
                  .payerIdPayers()
                  .getOrDefault(s.element(9), s.element(9).isEmpty() ? s.element(3) : s.element(9));
      case "82" -> {
        if (claim != null && !s.element(9).isEmpty()) {
          claim.withObject("/renderingProvider").put("npi", s.element(9));
        }
      }
      default -> {
        // Submitter, receiver, billing provider: not part of the claim checks.
      }
    }
  }

  private void startClaim(Segment s) {
    endClaim();
    claim = Json.MAPPER.createObjectNode();
    claimSegment = s.position();
    claimErrors = new ArrayList<>();
    otherLineCode = null;
    totalCharge = s.element(2);
    lineCharges = java.math.BigDecimal.ZERO;
    ignoredLines = new ArrayList<>();
    anesthesiaLine = false;
    startHhmm = null;
    stopHhmm = null;
    offset = null;
    claim.put("claimId", s.element(1));
    String payer = filingPayer != null ? filingPayer : payerId;
    if (payer != null && !payer.isEmpty()) {
      claim.put("payerId", payer);
    }
    if (submissionDate != null) {
      claim.put("submissionDate", submissionDate);
    }
    if (!s.component(5, 1).isEmpty()) {
      claim.put("placeOfService", s.component(5, 1));
    }
    if (!person.isEmpty()) {
      claim.set("patient", person.deepCopy());
    }
  }

  private void hi(Segment s) {
    if (claim == null) {
      return;
    }
    for (List<String> c : s.elements()) {
      if (c == null || c.size() < 2 || c.get(0) == null) {
        continue;
      }
      if (mapping.diagnosisQualifiers().contains(c.get(0))) {
        claim.withArray("/diagnosisCodes").add(c.get(1));
      } else if (mapping.anesthesiaProcedureQualifiers().contains(c.get(0))
          && !claim.has("procedure")) {
        claim.withObject("/procedure").put("code", c.get(1));
      }
    }
  }

  private void sv1(Segment s) {
    if (claim == null) {
      return;
    }
    addLineCharge(s.element(2));
    String code = s.component(1, 2);
    if (!code.equals(ClaimReader.PROCEDURE_CODE)) {
      if (otherLineCode == null) {
        otherLineCode = code;
      }
      if (qualifyingCircumstances.contains(code)) {
        claim.withObject("/anesthesia").withArray("qualifyingCircumstances").add(code);
      } else {
        ignoredLines.add(new BulkRecord.IgnoredLine("segment " + s.position() + " (SV1)", code));
        laterality(s, code);
      }
      return;
    }
    anesthesiaLine = true;
    ObjectNode a = claim.withObject("/anesthesia");
    a.put("procedureCode", code);
    ArrayNode modifiers = a.putArray("modifiers");
    for (int i = 3; i <= 6; i++) {
      if (!s.component(1, i).isEmpty()) {
        modifiers.add(s.component(1, i));
      }
    }
    if (s.element(3).equals(mapping.minutesUnit()) && !s.element(4).isEmpty()) {
      try {
        a.put("minutes", new java.math.BigDecimal(s.element(4)));
      } catch (NumberFormatException e) {
        a.put("minutes", s.element(4));
      }
    }
  }

  /** SV102; an amount that is no number leaves the sum unknown (null). */
  private void addLineCharge(String amount) {
    if (lineCharges == null) {
      return;
    }
    try {
      lineCharges = lineCharges.add(new java.math.BigDecimal(amount));
    } catch (NumberFormatException e) {
      lineCharges = null;
    }
  }

  private static Integer integer(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The linked procedure's own line may say the side: LT, RT or 50 among its modifiers. */
  private void laterality(Segment s, String code) {
    if (!code.equals(claim.path("procedure").path("code").asText(null))) {
      return;
    }
    for (int i = 3; i <= 6; i++) {
      String side = mapping.lateralityModifiers().get(s.component(1, i));
      if (side != null) {
        claim.withObject("/procedure").put("laterality", side);
      }
    }
  }

  /** Turns the claim being built into a record (if there is one). */
  private void endClaim() {
    if (claim == null) {
      return;
    }
    String location = "segment " + claimSegment + " (CLM)";
    if (set != null) {
      set.claims.add(
          new X12Envelope.ClaimHeader(
              ordinal + 1,
              claim.path("claimId").asText(""),
              totalCharge,
              lineCharges,
              claim.path("dateOfService").asText(""),
              patient,
              billingProvider));
    }
    charges();
    if (!claimErrors.isEmpty()) {
      ready.add(
          BulkRecord.invalid(++ordinal, location, "X12 syntax: " + String.join("; ", claimErrors)));
    } else {
      if (!anesthesiaLine) {
        claim
            .withObject("/anesthesia")
            .put("procedureCode", otherLineCode == null ? "" : otherLineCode);
      }
      times();
      ObjectNode built = claim;
      ready.add(
          new BulkRecord(
              ++ordinal, location, () -> ClaimReader.read(built), List.copyOf(ignoredLines)));
    }
    claim = null;
  }

  /** CLM02 and the SV102 line charges, for COV-CLAIM-UNBALANCED. */
  private void charges() {
    try {
      if (totalCharge != null && lineCharges != null) {
        ObjectNode c = claim.putObject("charges");
        c.put("total", new java.math.BigDecimal(totalCharge));
        c.put("lines", lineCharges);
      }
    } catch (NumberFormatException e) {
      claim.remove("charges");
    }
  }

  /** NTE*ADD start and stop on the date of service; a stop before the start crosses midnight. */
  private void times() {
    String dos = claim.path("dateOfService").asText("");
    if (startHhmm == null || dos.length() != 10) {
      return;
    }
    String zone =
        offset == null
            ? mapping.defaultUtcOffset()
            : offset.equalsIgnoreCase("Z")
                ? "+00:00"
                : offset.length() == 5
                    ? offset.substring(0, 3) + ":" + offset.substring(3)
                    : offset;
    try {
      var start = java.time.OffsetDateTime.parse(dos + "T" + hhmm(startHhmm) + ":00" + zone);
      var stop = java.time.OffsetDateTime.parse(dos + "T" + hhmm(stopHhmm) + ":00" + zone);
      if (!stop.isAfter(start)) {
        stop = stop.plusDays(1);
      }
      claim.withObject("/anesthesia").put("startTime", start.toString());
      claim.withObject("/anesthesia").put("endTime", stop.toString());
    } catch (java.time.format.DateTimeParseException e) {
      // Left out: the claim reader and DOC-TIME-MISSING say what is missing.
    }
  }

  private static String hhmm(String s) {
    return s.substring(0, 2) + ":" + s.substring(2);
  }

  /** CCYYMMDD to YYYY-MM-DD; anything else is passed through for the claim reader to name. */
  private static String date(String ccyymmdd) {
    return ccyymmdd.matches("\\d{8}")
        ? ccyymmdd.substring(0, 4) + "-" + ccyymmdd.substring(4, 6) + "-" + ccyymmdd.substring(6)
        : ccyymmdd;
  }

  private void finish(String problem) {
    if (problem != null) {
      problems.add(problem);
      if ("CLM".equals(tag) && elements != null) {
        // The input stops inside a CLM segment: that claim still counts, as an error.
        startClaim(new Segment(tag, position, elements));
      }
      if (claim != null) {
        claimErrors.add("the input ends inside this claim");
      }
    }
    endClaim();
    ended = true;
  }

  private String where() {
    var loc = reader.getLocation();
    return loc == null ? "the start" : "segment " + loc.getSegmentPosition();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** The interchange as read so far (whole once {@link #next} returned null). */
  public X12Envelope envelope() {
    return envelope;
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    in.close();
  }
}
