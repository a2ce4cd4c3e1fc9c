package com.claims01940.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a CMS spreadsheet export, found by its column names rather than its line number
 * (title lines above it vary from year to year). A header cell may continue on the next rows when
 * their first cell is empty and they hold no data ("2022" / "BASE" / "UNIT"); the continuations are
 * joined into one name per column.
 */
final class CmsHeader {
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)[0-9]{2}\\b");

  final int line;

  /** Index of the first row after the header (and its continuations). */
  final int dataStart;

  private final List<String> names;

  private CmsHeader(int line, int dataStart, List<String> names) {
    this.line = line;
    this.dataStart = dataStart;
    this.names = names;
  }

  /** The first row with a cell that {@code marks} the header, or null when there is none. */
  static CmsHeader find(List<DelimitedText.Row> rows, Predicate<String> marks) {
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      if (row.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).anyMatch(marks)) {
        List<String> names = new ArrayList<>();
        row.cells().forEach(c -> names.add(c.replaceAll("\\s+", " ").strip()));
        int next = i + 1;
        while (next < rows.size()
            && !rows.get(next).blank()
            && rows.get(next).cell(0).isEmpty()
            && rows.get(next).cells().stream().noneMatch(c -> c.strip().matches("[0-9.]+"))) {
          var more = rows.get(next).cells();
          for (int c = 0; c < more.size(); c++) {
            while (names.size() <= c) {
              names.add("");
            }
            names.set(c, (names.get(c) + " " + more.get(c).strip()).strip());
          }
          next++;
        }
        return new CmsHeader(row.line(), next, names);
      }
    }
    return null;
  }

  /** The first column whose name (lower case) passes the test, or -1. */
  int column(Predicate<String> name) {
    for (int i = 0; i < names.size(); i++) {
      if (name.test(names.get(i).toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  String name(int column) {
    return names.get(column);
  }

  /** The calendar years the header names (e.g. "2025 Work GPCI"), for a check against --year. */
  List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (String n : names) {
      Matcher m = YEAR.matcher(n);
      while (m.find()) {
        years.add(Integer.parseInt(m.group()));
      }
    }
    return years;
  }
}
