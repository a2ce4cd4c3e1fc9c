package com.claims01940.reference;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a publisher's file as rows of cells, each row with the line it starts on. CMS's
 * spreadsheet exports are UTF-16 with a byte-order mark, tab-separated, with cells in double quotes
 * when they hold a separator, a quote or a line break (a header cell can span two lines).
 */
final class DelimitedText {
  private DelimitedText() {}

  /** One row: its first line number (1-based) and its cells, unquoted but not trimmed. */
  record Row(int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** Decodes by the byte-order mark (UTF-16 LE/BE, UTF-8), else as strict UTF-8. */
  static String decode(String file, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReferenceFileException(
          file, 0, "is not " + charset.name() + " text (a UTF-16 file needs its byte-order mark)");
    }
  }

  /** The decoded text's lines, each without its line end (LF or CRLF), for fixed-width files. */
  static String[] lines(String file, byte[] bytes) {
    String[] lines = decode(file, bytes).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("\r")) {
        lines[i] = lines[i].substring(0, lines[i].length() - 1);
      }
    }
    return lines;
  }

  static List<Row> parse(String file, String text, char separator) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean atCellStart = true;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          if (c != '\r') {
            cell.append(c);
          }
        }
      } else if (c == '"' && atCellStart) {
        quoted = true;
        atCellStart = false;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        atCellStart = true;
      } else if (c == '\n') {
        cells.add(cell.toString());
        rows.add(new Row(rowLine, List.copyOf(cells)));
        cells.clear();
        cell.setLength(0);
        atCellStart = true;
        line++;
        rowLine = line;
      } else if (c != '\r') {
        cell.append(c);
        atCellStart = false;
      }
    }
    if (quoted) {
      throw new ReferenceFileException(file, rowLine, "a quoted cell is never closed");
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, List.copyOf(cells)));
    }
    return rows;
  }
}
