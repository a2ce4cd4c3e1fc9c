package com.claims01940.bulk;

import com.claims01940.bulk.CsvColumns.Column;
import com.claims01940.claim.ClaimReader;
import com.claims01940.json.Json;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV with a header row naming the columns of {@link CsvColumns}. Each row becomes the claim JSON
 * the API takes; a cell that does not convert (e.g. "abc" for minutes) is passed through as text so
 * the claim reader names the field. An unterminated quote ends the readable part of the file.
 */
public final class CsvReader implements RecordReader {
  private static final Set<String> MEDICAL_DIRECTION =
      Set.of(
          "preAnesthesiaExam",
          "planPrescribed",
          "presentAtInductionAndEmergence",
          "remainderByQualifiedIndividual",
          "monitoredFrequently",
          "physicallyPresentAndAvailable",
          "postAnesthesiaCare");

  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final List<Column> columns = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int ordinal;
  private boolean done;

  public CsvReader(InputStream in) throws IOException {
    CSVParser opened;
    try {
      opened =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // An empty or duplicated header name, or a header that does not parse: no row can be mapped.
      if (e instanceof UncheckedIOException io && !syntax(io)) {
        throw io.getCause();
      }
      this.parser = null;
      this.rows = null;
      this.done = true;
      problems.add(
          "the CSV header cannot be used (" + e.getMessage() + "); no record could be read");
      return;
    }
    this.parser = opened;
    Map<String, Column> byName =
        CsvColumns.ALL.stream()
            .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), c -> c));
    List<String> unknown = new ArrayList<>();
    for (String h : parser.getHeaderNames()) {
      Column c = byName.get(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
      if (c == null) {
        unknown.add(h);
      }
      columns.add(c);
    }
    if (!unknown.isEmpty()) {
      problems.add("unknown CSV columns ignored: " + String.join(", ", unknown));
    }
    this.rows = parser.iterator();
  }

  @Override
  public BulkRecord next() throws IOException {
    if (done) {
      return null;
    }
    CSVRecord row;
    try {
      if (!rows.hasNext()) {
        done = true;
        return null;
      }
      row = rows.next();
    } catch (UncheckedIOException e) {
      if (!syntax(e)) {
        throw e.getCause();
      }
      done = true;
      problems.add(
          "the CSV is malformed after line "
              + parser.getCurrentLineNumber()
              + " ("
              + e.getCause().getMessage()
              + "); nothing after that point can be read");
      return BulkRecord.invalid(
          ++ordinal, "line " + parser.getCurrentLineNumber(), "malformed CSV row");
    }
    String location = "line " + (row.getRecordNumber() + 1);
    if (!row.isConsistent()) {
      return BulkRecord.invalid(
          ++ordinal,
          location,
          "row has " + row.size() + " cells; the header has " + columns.size());
    }
    ObjectNode claim = Json.MAPPER.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String cell = row.get(i);
      if (c != null && cell != null && !cell.isEmpty()) {
        set(claim, c.pointer(), value(c.kind(), cell));
      }
    }
    return new BulkRecord(++ordinal, location, () -> ClaimReader.read(claim));
  }

  /** commons-csv marks its own syntax errors with the line; anything else is the input failing. */
  private static boolean syntax(UncheckedIOException e) {
    String message = e.getCause().getMessage();
    return message != null && (message.startsWith("(line") || message.startsWith("(startline"));
  }

  static JsonNode value(CsvColumns.Kind kind, String cell) {
    return switch (kind) {
      case TEXT -> Json.MAPPER.getNodeFactory().textNode(cell);
      case NUMBER -> number(cell);
      case BOOLEAN -> bool(cell);
      case LIST -> list(cell);
      case HISTORY -> history(cell);
      case BLOCKS -> blocks(cell);
      case DIRECTION -> direction(cell);
    };
  }

  private static JsonNode number(String cell) {
    try {
      return Json.MAPPER.getNodeFactory().numberNode(new BigDecimal(cell));
    } catch (NumberFormatException e) {
      return Json.MAPPER.getNodeFactory().textNode(cell);
    }
  }

  private static JsonNode bool(String cell) {
    return switch (cell.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Json.MAPPER.getNodeFactory().booleanNode(true);
      case "false", "no", "n", "0" -> Json.MAPPER.getNodeFactory().booleanNode(false);
      default -> Json.MAPPER.getNodeFactory().textNode(cell);
    };
  }

  private static ArrayNode list(String cell) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(a::add);
    return a;
  }

  /**
   * "2025-06-02/64635/L4-L5+L5-S1/LEFT/80:26;…": date, procedure code, levels joined by '+', and,
   * optionally, laterality and the relief it gave (percent:weeks).
   */
  private static ArrayNode history(String cell) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (String entry : cell.split(";")) {
      String[] p = entry.strip().split("/", -1);
      ObjectNode h = a.addObject();
      h.put("dateOfService", p[0]);
      if (p.length > 1) {
        h.put("procedureCode", p[1]);
      }
      if (p.length > 2) {
        ArrayNode levels = h.putArray("levels");
        Arrays.stream(p[2].split("\\+")).filter(s -> !s.isBlank()).forEach(levels::add);
      }
      if (p.length > 3 && !p[3].isBlank()) {
        h.put("laterality", p[3]);
      }
      if (p.length > 4 && !p[4].isBlank()) {
        String[] relief = p[4].split(":", -1);
        h.set("reliefPercent", number(relief[0]));
        if (relief.length > 1) {
          h.set("reliefWeeks", number(relief[1]));
        }
      }
    }
    return a;
  }

  /** "2026-01-10:85;2026-02-01:90:L3+L4": date, relief percent and, optionally, levels. */
  private static ArrayNode blocks(String cell) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (String entry : cell.split(";")) {
      String[] p = entry.strip().split(":", -1);
      ObjectNode b = a.addObject();
      b.put("date", p[0]);
      if (p.length > 1) {
        b.set("reliefPercent", number(p[1]));
      }
      if (p.length > 2 && !p[2].isBlank()) {
        ArrayNode levels = b.putArray("levels");
        Arrays.stream(p[2].split("\\+")).filter(l -> !l.isBlank()).forEach(levels::add);
      }
    }
    return a;
  }

  /**
   * The medical-direction elements that are documented as done, ';'-separated ("ALL" for all
   * seven).
   */
  private static ObjectNode direction(String cell) {
    Set<String> done =
        Arrays.stream(cell.split(";")).map(String::strip).collect(Collectors.toSet());
    ObjectNode d = Json.MAPPER.createObjectNode();
    for (String element : new java.util.TreeSet<>(MEDICAL_DIRECTION)) {
      d.put(element, done.contains("ALL") || done.contains(element));
    }
    return d;
  }

  private static void set(ObjectNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    root.withObject(p.head()).set(p.last().getMatchingProperty(), value);
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
