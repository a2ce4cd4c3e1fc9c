package com.claims01940.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's table of Medicare's national anesthesia conversion factors
 * (refdata/medicare-anesthesia-national-cf.csv): a CSV with the columns year, factor ({@code
 * national} or {@code qualifying-apm}), value, verified ({@code true}/{@code false}) and source.
 * CMS announces a year's national factors in the physician fee schedule final rule, weeks before
 * its locality file: this gives the year those factors, with no localities, until CMS's locality
 * file replaces the version. Rows of other years are checked and left out.
 */
public final class NationalFactorFile {
  static final List<String> COLUMNS = List.of("year", "factor", "value", "verified", "source");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+\\.[0-9]+");
  private static final String NATIONAL = "national";
  private static final String QUALIFYING_APM = "qualifying-apm";

  private NationalFactorFile() {}

  /** Whether the file is this table (its first line names exactly its columns). */
  public static boolean recognises(String file, byte[] bytes) {
    return hasHeader(DelimitedText.parse(file, DelimitedText.decode(file, bytes), ','));
  }

  private static boolean hasHeader(List<DelimitedText.Row> rows) {
    return !rows.isEmpty()
        && rows.get(0).cells().stream().map(String::strip).toList().equals(COLUMNS);
  }

  public static ConversionFactors parse(String file, byte[] bytes, int year) {
    var rows = DelimitedText.parse(file, DelimitedText.decode(file, bytes), ',');
    if (!hasHeader(rows)) {
      throw new ReferenceFileException(
          file, rows.isEmpty() ? 0 : 1, "the first line must be " + String.join(",", COLUMNS));
    }
    var problems = new ReferenceFileException.Collector(file);
    Factor national = null;
    Factor qualifyingApm = null;
    for (var row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      Factor f = factor(row, problems);
      if (f == null || f.year != year) {
        continue;
      }
      boolean isNational = f.kind.equals(NATIONAL);
      if ((isNational ? national : qualifyingApm) != null) {
        problems.add(row.line(), "CY" + year + " has a second '" + f.kind + "' row");
      } else if (isNational) {
        national = f;
      } else {
        qualifyingApm = f;
      }
    }
    if (national == null) {
      problems.add(0, "has no 'national' factor for " + year);
    }
    problems.throwIfAny();
    return new ConversionFactors(
        TableVersion.calendarYear(ReferenceTable.CONVERSION_FACTORS, year, file, null, 0),
        year,
        national.value,
        national.verified,
        qualifyingApm == null ? null : qualifyingApm.value,
        qualifyingApm == null || qualifyingApm.verified,
        Map.of());
  }

  private record Factor(int year, String kind, BigDecimal value, boolean verified) {}

  private static Factor factor(DelimitedText.Row row, ReferenceFileException.Collector problems) {
    String year = row.cell(0);
    String kind = row.cell(1);
    String value = row.cell(2);
    String verified = row.cell(3);
    List<String> wrong = new ArrayList<>();
    if (!YEAR.matcher(year).matches()) {
      wrong.add("year '" + year + "' is not a calendar year");
    }
    if (!kind.equals(NATIONAL) && !kind.equals(QUALIFYING_APM)) {
      wrong.add("factor '" + kind + "' is neither national nor qualifying-apm");
    }
    if (!NUMBER.matcher(value).matches()) {
      wrong.add("value '" + value + "' is not a number like 20.4976");
    }
    if (!verified.equals("true") && !verified.equals("false")) {
      wrong.add("verified must be true or false, not '" + verified + "'");
    }
    if (row.cell(4).isEmpty()) {
      wrong.add("the source is empty: say where the factor comes from");
    }
    wrong.forEach(w -> problems.add(row.line(), w));
    return wrong.isEmpty()
        ? new Factor(
            Integer.parseInt(year), kind, new BigDecimal(value), Boolean.parseBoolean(verified))
        : null;
  }
}
