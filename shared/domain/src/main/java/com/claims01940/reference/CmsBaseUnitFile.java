package com.claims01940.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CMS's "Anesthesia Base Units by CPT code" file of one calendar year: tab-separated, a header
 * whose first column is CODE and whose base-unit column is named (across its continuation lines)
 * "... BASE UNIT", then one row per anesthesia code.
 */
public final class CmsBaseUnitFile {
  private static final Pattern CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern UNITS = Pattern.compile("[0-9]{1,2}");

  private CmsBaseUnitFile() {}

  public static BaseUnits parse(String file, byte[] bytes, int year) {
    var rows = DelimitedText.parse(file, DelimitedText.decode(file, bytes), '\t');
    CmsHeader header = CmsHeader.find(rows, "code"::equals);
    if (header == null) {
      throw new ReferenceFileException(file, 0, "has no header row with a CODE column");
    }
    var problems = new ReferenceFileException.Collector(file);
    int code = header.column("code"::equals);
    int units = header.column(n -> n.contains("base") && n.contains("unit"));
    if (units < 0) {
      throw new ReferenceFileException(file, header.line, "the header has no BASE UNIT column");
    }
    header.years().stream()
        .filter(y -> y != year)
        .findFirst()
        .ifPresent(y -> problems.add(header.line, "the header is for " + y + ", not " + year));
    Map<String, Integer> byCode = new LinkedHashMap<>();
    for (var row : rows.subList(header.dataStart, rows.size())) {
      if (row.blank()) {
        continue;
      }
      String c = row.cell(code);
      String u = row.cell(units);
      if (!CODE.matcher(c).matches()) {
        problems.add(row.line(), "'" + c + "' is not a five-digit anesthesia code");
      } else if (!UNITS.matcher(u).matches()) {
        problems.add(row.line(), "code " + c + ": base units '" + u + "' is not a whole number");
      } else if (byCode.putIfAbsent(c, Integer.parseInt(u)) != null) {
        problems.add(row.line(), "code " + c + " appears twice");
      }
    }
    if (byCode.isEmpty()) {
      problems.add(0, "holds no base units");
    }
    problems.throwIfAny();
    TableVersion version =
        TableVersion.calendarYear(ReferenceTable.BASE_UNITS, year, file, null, byCode.size());
    return new BaseUnits(version, year, byCode);
  }
}
