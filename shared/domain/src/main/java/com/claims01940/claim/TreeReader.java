package com.claims01940.claim;

import com.claims01940.json.IsoDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one JSON object (or array) of a claim, recording a {@link FieldError}
 * for each problem instead of stopping at the first. JSON null counts as absent. Values are found
 * by field name from the enclosing reader, never by walking a pointer from the root: a field's JSON
 * Pointer is built only when it has an error. Messages describe the expectation, never the
 * offending value (it may be PHI).
 */
final class TreeReader {

  /** Reads one list element, found under {@code key} (its index) in the list's reader. */
  interface Element<T> {
    T read(TreeReader list, JsonNode item, String key);
  }

  private final JsonNode node;

  /** Where this node sits: its parent reader and its key there (both null for the root). */
  private final TreeReader parent;

  private final String keyInParent;
  final List<FieldError> errors;

  TreeReader(JsonNode root) {
    this(root, null, null, new ArrayList<>());
  }

  private TreeReader(JsonNode node, TreeReader parent, String key, List<FieldError> errors) {
    this.node = node;
    this.parent = parent;
    this.keyInParent = key;
    this.errors = errors;
  }

  /** The pointer of a field (or element index) of this node. */
  private String pointer(String field) {
    return (parent == null ? "" : parent.pointer(keyInParent)) + "/" + field;
  }

  void error(String field, String message) {
    errors.add(new FieldError(pointer(field), message));
  }

  /** The field's value, or null when absent or JSON null. */
  JsonNode node(String field) {
    JsonNode n = node.get(field);
    // A type check, not isNull(): that is a call on many node classes and showed up in profiles.
    return n == null || n instanceof NullNode ? null : n;
  }

  boolean present(String field) {
    return node(field) != null;
  }

  /** A reader for the object in the field, or null if absent; a non-object is an error. */
  TreeReader object(String field) {
    return object(node(field), field);
  }

  TreeReader object(JsonNode n, String key) {
    if (n == null) {
      return null;
    }
    if (!n.isObject()) {
      error(key, "must be an object");
      return null;
    }
    return new TreeReader(n, this, key, errors);
  }

  String requiredString(String field, int maxLength) {
    JsonNode n = node(field);
    if (n == null) {
      error(field, "is required");
      return null;
    }
    String s = string(n, field, maxLength);
    if (s != null && s.isBlank()) {
      error(field, "must not be blank");
      return null;
    }
    return s;
  }

  String string(String field, int maxLength) {
    return string(node(field), field, maxLength);
  }

  private String string(JsonNode n, String key, int maxLength) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(key, "must be a string");
      return null;
    }
    String s = n.textValue();
    if (s.length() > maxLength) {
      error(key, "must be at most " + maxLength + " characters");
      return null;
    }
    if (hasControlCharacter(s)) {
      error(key, "must not contain control characters");
      return null;
    }
    return s.strip();
  }

  /** An upper-cased string that must match the pattern (e.g. a code shape). */
  String code(String field, Pattern shape, String expectation) {
    return code(node(field), field, shape, expectation);
  }

  String code(JsonNode n, String key, Pattern shape, String expectation) {
    String s = string(n, key, 64);
    if (s == null) {
      return null;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!shape.matcher(upper).matches()) {
      error(key, "must be " + expectation);
      return null;
    }
    return upper;
  }

  /** A member of a closed value set, matched case-insensitively, returned upper case. */
  String oneOf(String field, Set<String> allowed) {
    return oneOf(node(field), field, allowed);
  }

  String oneOf(JsonNode n, String key, Set<String> allowed) {
    String s = string(n, key, 64);
    if (s == null) {
      return null;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      error(key, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      return null;
    }
    return upper;
  }

  LocalDate requiredDate(String field) {
    if (!present(field)) {
      error(field, "is required");
      return null;
    }
    return date(field);
  }

  LocalDate date(String field) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(field, "must be a date string YYYY-MM-DD");
      return null;
    }
    LocalDate d = IsoDates.date(n.textValue());
    if (d == null) {
      error(field, "must be a real calendar date YYYY-MM-DD");
    }
    return d;
  }

  OffsetDateTime dateTime(String field) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      error(field, "must be a date-time string with offset, e.g. 2026-03-14T08:02:00-05:00");
      return null;
    }
    OffsetDateTime t = IsoDates.dateTime(n.textValue());
    if (t == null) {
      error(field, "must be a real date-time with offset, e.g. 2026-03-14T08:02:00-05:00");
    }
    return t;
  }

  Integer integer(String field, int min, int max) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (!n.isNumber() || !isIntegral(n)) {
      error(field, "must be a whole number");
      return null;
    }
    // Plain ints (the usual case) are compared as ints; anything else (5.0, a long) as a decimal.
    boolean inRange =
        n.isInt()
            ? n.intValue() >= min && n.intValue() <= max
            : n.decimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                && n.decimalValue().compareTo(BigDecimal.valueOf(max)) <= 0;
    if (!inRange) {
      error(field, "must be between " + min + " and " + max);
      return null;
    }
    return n.isInt() ? n.intValue() : n.decimalValue().intValueExact();
  }

  Double decimal(String field, double min, double max) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (!n.isNumber()) {
      error(field, "must be a number");
      return null;
    }
    BigDecimal v = n.decimalValue();
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(field, "must be between " + fmt(min) + " and " + fmt(max));
      return null;
    }
    return v.doubleValue();
  }

  Boolean bool(String field) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      error(field, "must be true or false");
      return null;
    }
    return n.booleanValue();
  }

  /**
   * A list; each element read by the function; absent means empty, and a null element is an error.
   */
  <T> List<T> list(String field, int maxItems, Element<T> element) {
    JsonNode n = node(field);
    if (n == null) {
      return List.of();
    }
    if (!n.isArray()) {
      error(field, "must be an array");
      return List.of();
    }
    if (n.size() > maxItems) {
      error(field, "must have at most " + maxItems + " items");
      return List.of();
    }
    TreeReader items = new TreeReader(n, this, field, errors);
    List<T> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      String key = Integer.toString(i);
      if (item instanceof NullNode) {
        items.error(key, "must not be null");
        continue;
      }
      T value = element.read(items, item, key);
      if (value != null) {
        out.add(value);
      }
    }
    return List.copyOf(out);
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
