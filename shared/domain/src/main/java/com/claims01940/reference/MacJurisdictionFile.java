package com.claims01940.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's contractor → MAC jurisdiction table ({@code refdata/mac-jurisdictions.csv}): the
 * columns contractor (5 digits), jurisdiction (J5, J6, J8, J15, JE, JF, JH, JJ, JK, JL, JM, JN),
 * mac, localities, source and verified (true/false), in any order. In force from the table's first
 * day, open-ended.
 */
public final class MacJurisdictionFile {
  static final List<String> COLUMNS =
      List.of("contractor", "jurisdiction", "mac", "localities", "source", "verified");
  private static final Pattern CONTRACTOR = Pattern.compile("[0-9]{5}");
  private static final Pattern JURISDICTION = Pattern.compile("J(5|6|8|15|E|F|H|J|K|L|M|N)");
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  private MacJurisdictionFile() {}

  public static MacJurisdictions parse(String file, byte[] bytes) {
    var rows = DelimitedText.parse(file, DelimitedText.decode(file, bytes), ',');
    if (rows.isEmpty()) {
      throw new ReferenceFileException(file, 0, "is empty; the first line must name the columns");
    }
    var problems = new ReferenceFileException.Collector(file);
    var header = rows.get(0).cells().stream().map(String::strip).toList();
    int[] at = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      at[i] = header.indexOf(COLUMNS.get(i));
      if (at[i] < 0) {
        problems.add(rows.get(0).line(), "the header has no '" + COLUMNS.get(i) + "' column");
      }
    }
    problems.throwIfAny();
    Map<String, MacJurisdictions.Row> out = new LinkedHashMap<>();
    for (var row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      String contractor = row.cell(at[0]).strip();
      String jurisdiction = row.cell(at[1]).strip();
      String verified = row.cell(at[5]).strip();
      if (!CONTRACTOR.matcher(contractor).matches()) {
        problems.add(row.line(), "contractor '" + contractor + "' is not 5 digits");
      } else if (!JURISDICTION.matcher(jurisdiction).matches()) {
        problems.add(
            row.line(), "jurisdiction '" + jurisdiction + "' is not an A/B MAC jurisdiction");
      } else if (row.cell(at[4]).isBlank()) {
        problems.add(row.line(), "contractor " + contractor + " has no source");
      } else if (!verified.equals("true") && !verified.equals("false")) {
        problems.add(row.line(), "verified must be true or false");
      } else if (out.putIfAbsent(
              contractor,
              new MacJurisdictions.Row(
                  contractor,
                  jurisdiction,
                  row.cell(at[2]).strip(),
                  row.cell(at[3]).strip(),
                  row.cell(at[4]).strip(),
                  verified.equals("true")))
          != null) {
        problems.add(row.line(), "contractor " + contractor + " appears twice");
      }
    }
    if (out.isEmpty()) {
      problems.add(0, "holds no contractors");
    }
    problems.throwIfAny();
    TableVersion version =
        new TableVersion(
            ReferenceTable.JURISDICTIONS, "current", FIRST_DAY, null, file, null, out.size(), null);
    return new MacJurisdictions(version, out);
  }
}
