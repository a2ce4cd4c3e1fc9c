package com.claims01940.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one way dates and date-times are read from JSON and query strings: ISO, strict, real calendar
 * dates.
 */
public final class IsoDates {
  private IsoDates() {}

  /** Built on first use: the fast path below serves every well-formed date without it. */
  private static final class Strict {
    static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Jackson support for the java.time values the project writes (ISO-8601 text) and reads (dates),
   * instead of jackson-datatype-jsr310, whose fifty-odd classes and formatters every cold start
   * would load (docs/performance.md).
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("iso-dates");
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addSerializer(Instant.class, ToStringSerializer.instance);
    module.addSerializer(
        OffsetDateTime.class,
        new StdSerializer<>(OffsetDateTime.class) {
          @Override
          public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
          }
        });
    module.addDeserializer(
        LocalDate.class,
        new StdScalarDeserializer<>(LocalDate.class) {
          @Override
          public LocalDate deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            String text = p.getValueAsString();
            LocalDate date = text == null ? null : date(text);
            return date != null
                ? date
                : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not YYYY-MM-DD");
          }
        });
    return module;
  }

  /**
   * YYYY-MM-DD, a real calendar date, or null. The common case skips DateTimeFormatter, whose
   * parsing cost microseconds per field; anything unusual still goes through the strict formatter.
   */
  public static LocalDate date(String s) {
    if (s.length() == 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10)) {
      try {
        return LocalDate.of(
            Integer.parseInt(s, 0, 4, 10),
            Integer.parseInt(s, 5, 7, 10),
            Integer.parseInt(s, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(s, Strict.DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * An ISO date-time with offset (e.g. 2026-03-14T08:02:00-05:00 or …Z), or null; fast path as
   * above.
   */
  public static OffsetDateTime dateTime(String s) {
    if ((s.length() == 20 || s.length() == 25)
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':'
        && digits(s, 11, 13)
        && digits(s, 14, 16)
        && digits(s, 17, 19)) {
      LocalDate date = date(s.substring(0, 10));
      java.time.ZoneOffset offset = offset(s.substring(19));
      if (date == null || offset == null) {
        return null;
      }
      try {
        return OffsetDateTime.of(
            date,
            java.time.LocalTime.of(
                Integer.parseInt(s, 11, 13, 10),
                Integer.parseInt(s, 14, 16, 10),
                Integer.parseInt(s, 17, 19, 10)),
            offset);
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
    if (s.length() == 6
        && (s.charAt(0) == '+' || s.charAt(0) == '-')
        && s.charAt(3) == ':'
        && digits(s, 1, 3)
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
}
