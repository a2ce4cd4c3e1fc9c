package com.claims01940.reference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's quarterly HCPCS file as published ({@code HCPC2026_JAN_ANWEB_01122026.txt}): fixed-width
 * records of 320 characters (CMS's record layout, {@code HCPC2026_recordlayout.txt}). Only the
 * modifier records are read: record type 7 starts a modifier (code in columns 4-5, the first 80
 * characters of its long description in 12-91, the date it was added in 269-276 and its termination
 * date, the last day it may be used, in 285-292), type 8 continues its description; the procedure
 * records (3 and 4) are skipped. CMS's file is the whole Level II list with each modifier's
 * history, so the version is in force from its earliest modifier to the end of the file's quarter,
 * which the file name gives, as does the release date (the name's last eight digits, MMDDYYYY).
 */
public final class CmsHcpcsFile {
  private static final Pattern NAME =
      Pattern.compile("(?i)HCPC([0-9]{4})_(JAN|APR|JUL|OCT)_.*?(?:_([0-9]{8}))?\\.txt");
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{2}");
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter MMDDYYYY =
      DateTimeFormatter.ofPattern("MMdduuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final List<String> QUARTERS = List.of("JAN", "APR", "JUL", "OCT");

  private CmsHcpcsFile() {}

  /**
   * @param year the calendar year the file is for; must be the year its name says
   */
  public static ModifierSet parse(String file, byte[] bytes, int year) {
    Matcher name = NAME.matcher(file);
    if (!name.matches()) {
      throw new ReferenceFileException(
          file,
          0,
          "is not named as CMS names its HCPCS file (HCPC2026_JAN_ANWEB_01122026.txt): the name"
              + " says which quarter the list is for");
    }
    if (Integer.parseInt(name.group(1)) != year) {
      throw new ReferenceFileException(
          file, 0, "is CMS's file for " + name.group(1) + ", not for " + year);
    }
    LocalDate quarterStart =
        LocalDate.of(year, 1 + 3 * QUARTERS.indexOf(name.group(2).toUpperCase(Locale.ROOT)), 1);
    var problems = new ReferenceFileException.Collector(file);
    Map<String, Modifier> byCode = new LinkedHashMap<>();
    Modifier current = null;
    String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String record = lines[i];
      int line = i + 1;
      if (record.isBlank()) {
        continue;
      }
      if (record.length() < 11) {
        problems.add(line, "is not a HCPCS record (" + record.length() + " characters)");
        continue;
      }
      char type = record.charAt(10);
      switch (type) {
        case '3', '4' -> current = null;
        case '7' -> {
          current = modifier(record, line, problems);
          if (current != null && byCode.putIfAbsent(current.code, current) != null) {
            problems.add(line, current.code + " has a second first record (type 7)");
            current = null;
          }
        }
        case '8' -> {
          String code = record.substring(3, 5);
          if (current == null || !current.code.equals(code)) {
            problems.add(
                line, code + ": a description line (type 8) with no modifier record before it");
          } else {
            current.description.append(' ').append(text(record, 12, 91));
          }
        }
        default -> problems.add(line, "record type '" + type + "' is none of 3, 4, 7 or 8");
      }
    }
    if (byCode.isEmpty()) {
      problems.add(0, "holds no modifier records (type 7)");
    }
    problems.throwIfAny();
    List<ModifierSet.Row> rows = new ArrayList<>();
    for (Modifier m : byCode.values()) {
      rows.add(
          new ModifierSet.Row(
              m.code,
              Character.isDigit(m.code.charAt(0)) && Character.isDigit(m.code.charAt(1))
                  ? "CPT"
                  : "HCPCS",
              m.added,
              m.terminated,
              m.description.toString().strip()));
    }
    LocalDate from =
        rows.stream()
            .map(ModifierSet.Row::effectiveFrom)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate released = name.group(3) == null ? null : date(name.group(3), MMDDYYYY);
    TableVersion version =
        new TableVersion(
            ReferenceTable.HCPCS_MODIFIERS,
            year + " " + name.group(2).toUpperCase(Locale.ROOT),
            from,
            quarterStart.plusMonths(3).minusDays(1),
            file,
            released,
            rows.size(),
            null);
    return new ModifierSet(version, rows);
  }

  private static Modifier modifier(
      String record, int line, ReferenceFileException.Collector problems) {
    String code = record.substring(0, 5);
    if (!code.startsWith("   ") || !CODE.matcher(code.substring(3)).matches()) {
      problems.add(
          line, "'" + code.strip() + "' is not a modifier (two letters or digits in columns 4-5)");
      return null;
    }
    if (record.length() < 292) {
      problems.add(
          line,
          code.strip() + ": the record ends at column " + record.length() + ", before its dates");
      return null;
    }
    LocalDate added = date(record.substring(268, 276), YYYYMMDD);
    String end = record.substring(284, 292);
    LocalDate terminated = end.isBlank() ? null : date(end, YYYYMMDD);
    if (added == null || (!end.isBlank() && terminated == null)) {
      problems.add(line, code.strip() + ": dates must be YYYYMMDD (columns 269-276 and 285-292)");
      return null;
    }
    if (terminated != null && terminated.isBefore(added)) {
      problems.add(line, code.strip() + ": terminated before it was added");
      return null;
    }
    Modifier m = new Modifier(code.substring(3), added, terminated);
    m.description.append(text(record, 12, 91));
    return m;
  }

  /** Columns {@code from} to {@code to} (1-based, inclusive), stripped; short records end early. */
  private static String text(String record, int from, int to) {
    return record.substring(from - 1, Math.min(to, record.length())).strip();
  }

  private static LocalDate date(String text, DateTimeFormatter format) {
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static final class Modifier {
    final String code;
    final LocalDate added;
    final LocalDate terminated;
    final StringBuilder description = new StringBuilder();

    Modifier(String code, LocalDate added, LocalDate terminated) {
      this.code = code;
      this.added = added;
      this.terminated = terminated;
    }
  }
}
