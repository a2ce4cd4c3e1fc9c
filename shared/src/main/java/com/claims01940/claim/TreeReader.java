package com.claims01940.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a JSON tree by JSON Pointer, recording a {@link FieldError} for each
 * problem instead of stopping at the first. JSON null counts as absent. Messages describe the
 * expectation, never the offending value (it may be PHI).
 */
final class TreeReader {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /**
   * Compiled pointers, shared: the set is finite (the claim's field paths, with list indices
   * bounded by the array caps), and compiling ~70 of them per request was most of a request's cost.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, com.fasterxml.jackson.core.JsonPointer> POINTERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final JsonNode root;
  final List<FieldError> errors = new ArrayList<>();

  TreeReader(JsonNode root) {
    this.root = root;
  }

  void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** The node at the pointer, or null when absent or JSON null. */
  JsonNode node(String pointer) {
    JsonNode n = root.at(POINTERS.computeIfAbsent(pointer, com.fasterxml.jackson.core.JsonPointer::compile));
    return n.isMissingNode() || n.isNull() ? null : n;
  }

  boolean present(String pointer) {
    return node(pointer) != null;
  }

  /** An object at the pointer (null if absent); a non-object is an error. */
  boolean object(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return false;
    }
    if (!n.isObject()) {
      error(pointer, "must be an object");
      return false;
    }
    return true;
  }

  String requiredString(String pointer, int maxLength) {
    if (!present(pointer)) {
      error(pointer, "is required");
      return null;
    }
    String s = string(pointer, maxLength);
    if (s != null && s.isBlank()) {
      error(pointer, "must not be blank");
      return null;
    }
    return s;
  }

  String string(String pointer, int maxLength) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(pointer, "must be a string");
      return null;
    }
    String s = n.textValue();
    if (s.length() > maxLength) {
      error(pointer, "must be at most " + maxLength + " characters");
      return null;
    }
    if (hasControlCharacter(s)) {
      error(pointer, "must not contain control characters");
      return null;
    }
    return s.strip();
  }

  /** An upper-cased string that must match the pattern (e.g. a code shape). */
  String code(String pointer, Pattern shape, String expectation) {
    String s = string(pointer, 64);
    if (s == null) {
      return null;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!shape.matcher(upper).matches()) {
      error(pointer, "must be " + expectation);
      return null;
    }
    return upper;
  }

  /** A member of a closed value set, matched case-insensitively, returned upper case. */
  String oneOf(String pointer, Set<String> allowed) {
    String s = string(pointer, 64);
    if (s == null) {
      return null;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      error(pointer, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      return null;
    }
    return upper;
  }

  LocalDate requiredDate(String pointer) {
    if (!present(pointer)) {
      error(pointer, "is required");
      return null;
    }
    return date(pointer);
  }

  LocalDate date(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(pointer, "must be a date string YYYY-MM-DD");
      return null;
    }
    LocalDate d = parseDate(n.textValue());
    if (d == null) {
      error(pointer, "must be a real calendar date YYYY-MM-DD");
    }
    return d;
  }

  OffsetDateTime dateTime(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(pointer, "must be a date-time string with offset, e.g. 2026-03-14T08:02:00-05:00");
      return null;
    }
    OffsetDateTime t = parseDateTime(n.textValue());
    if (t == null) {
      error(pointer, "must be a real date-time with offset, e.g. 2026-03-14T08:02:00-05:00");
    }
    return t;
  }

  Integer integer(String pointer, int min, int max) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isNumber() || !isIntegral(n)) {
      error(pointer, "must be a whole number");
      return null;
    }
    BigDecimal v = n.decimalValue();
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(pointer, "must be between " + min + " and " + max);
      return null;
    }
    return v.intValueExact();
  }

  Double decimal(String pointer, double min, double max) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isNumber()) {
      error(pointer, "must be a number");
      return null;
    }
    BigDecimal v = n.decimalValue();
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(pointer, "must be between " + fmt(min) + " and " + fmt(max));
      return null;
    }
    return v.doubleValue();
  }

  Boolean bool(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      error(pointer, "must be true or false");
      return null;
    }
    return n.booleanValue();
  }

  /** A list; each element read by the function (given its pointer); absent means empty. */
  <T> List<T> list(String pointer, int maxItems, BiFunction<TreeReader, String, T> element) {
    JsonNode n = node(pointer);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      error(pointer, "must be an array");
      return List.of();
    }
    if (n.size() > maxItems) {
      error(pointer, "must have at most " + maxItems + " items");
      return List.of();
    }
    List<T> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      String itemPointer = pointer + "/" + i;
      if (n.get(i).isNull()) {
        error(itemPointer, "must not be null");
        continue;
      }
      T value = element.apply(this, itemPointer);
      if (value != null) {
        out.add(value);
      }
    }
    return List.copyOf(out);
  }

  /**
   * YYYY-MM-DD, a real calendar date, or null. The common case skips DateTimeFormatter, whose
   * parsing cost microseconds per field; anything unusual still goes through the strict formatter.
   */
  static LocalDate parseDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
        && digits(s, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO date-time with offset (e.g. 2026-03-14T08:02:00-05:00 or …Z), or null; fast path as above. */
  static OffsetDateTime parseDateTime(String s) {
    if ((s.length() == 20 || s.length() == 25) && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':'
        && digits(s, 11, 13) && digits(s, 14, 16) && digits(s, 17, 19)) {
      LocalDate date = parseDate(s.substring(0, 10));
      java.time.ZoneOffset offset = offset(s.substring(19));
      if (date == null || offset == null) {
        return null;
      }
      try {
        return OffsetDateTime.of(date, java.time.LocalTime.of(Integer.parseInt(s, 11, 13, 10),
            Integer.parseInt(s, 14, 16, 10), Integer.parseInt(s, 17, 19, 10)), offset);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static java.time.ZoneOffset offset(String s) {
    if (s.equals("Z")) {
      return java.time.ZoneOffset.UTC;
    }
    if (s.length() == 6 && (s.charAt(0) == '+' || s.charAt(0) == '-') && s.charAt(3) == ':' && digits(s, 1, 3)
        && digits(s, 4, 6)) {
      try {
        return java.time.ZoneOffset.of(s);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** C0 controls but tab, newline and carriage return, and DEL. */
  private static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIntegral(JsonNode n) {
    if (n.isIntegralNumber()) {
      return true;
    }
    BigDecimal v = n.decimalValue();
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
