package com.claims01940.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's "Locality-Adjusted Anesthesia Conversion Factors" file of one calendar year: title lines
 * ("Updated 12/23/2024" gives the release date), a header with Contractor, Locality, Locality Name,
 * the three GPCIs and the factor column, whose name carries the national factor ("National Anes CF
 * of 20.3178"), then one row per locality. Numbers may carry trailing spaces, names may be quoted
 * or end in footnote marks (*, **). From CY2026 CMS prints two factors, for qualifying APM
 * participants and for everyone else: a column whose name says "qualifying" (and not
 * "non-qualifying") is read as the qualifying-APM factor, its name carrying that national factor.
 */
public final class CmsLocalityFile {
  private static final Pattern CONTRACTOR = Pattern.compile("[0-9]{5}");
  private static final Pattern LOCALITY = Pattern.compile("[0-9]{2}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+\\.[0-9]+");
  private static final Pattern UPDATED =
      Pattern.compile("(?i)updated\\s+([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})");

  private CmsLocalityFile() {}

  public static ConversionFactors parse(String file, byte[] bytes, int year) {
    var rows = DelimitedText.parse(file, DelimitedText.decode(file, bytes), '\t');
    CmsHeader header = CmsHeader.find(rows, "contractor"::equals);
    if (header == null) {
      throw new ReferenceFileException(file, 0, "has no header row with a Contractor column");
    }
    var problems = new ReferenceFileException.Collector(file);
    int contractor = header.column("contractor"::equals);
    int locality = header.column("locality"::equals);
    int name = header.column(n -> n.contains("name"));
    int work = header.column(n -> n.contains("work") && n.contains("gpci"));
    int pe = header.column(n -> n.contains("pe gpci"));
    int mp = header.column(n -> n.contains("mp gpci"));
    int qualifying = header.column(CmsLocalityFile::qualifyingApmColumn);
    int factor =
        header.column(
            n ->
                !n.contains("gpci")
                    && !qualifyingApmColumn(n)
                    && (n.contains("anes cf") || n.contains("conversion factor")));
    if (locality < 0 || name < 0 || work < 0 || pe < 0 || mp < 0 || factor < 0) {
      throw new ReferenceFileException(
          file,
          header.line,
          "the header must name Contractor, Locality, Locality Name, the Work, PE and MP GPCIs"
              + " and the anesthesia conversion factor");
    }
    Matcher national = NUMBER.matcher(header.name(factor));
    if (!national.find()) {
      problems.add(
          header.line,
          "the factor column does not name the national factor (\"... CF of 20.3178\")");
    }
    Matcher qualifyingNational = qualifying < 0 ? null : NUMBER.matcher(header.name(qualifying));
    if (qualifyingNational != null && !qualifyingNational.find()) {
      problems.add(
          header.line, "the qualifying-APM factor column does not name its national factor");
    }
    header.years().stream()
        .filter(y -> y != year)
        .findFirst()
        .ifPresent(y -> problems.add(header.line, "the header is for " + y + ", not " + year));
    LocalDate released = null;
    for (var row : rows.subList(0, header.dataStart)) {
      Matcher m = UPDATED.matcher(String.join(" ", row.cells()));
      if (m.find()) {
        released = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("M/d/yyyy"));
      }
    }
    Map<String, ConversionFactors.Locality> localities = new LinkedHashMap<>();
    for (var row : rows.subList(header.dataStart, rows.size())) {
      String c = row.cell(contractor);
      if (row.blank() || (c.startsWith("*") && row.cell(factor).isEmpty())) {
        continue; // spacing or a footnote
      }
      String l = row.cell(locality);
      String f = row.cell(factor);
      if (!CONTRACTOR.matcher(c).matches() || !LOCALITY.matcher(l).matches()) {
        problems.add(
            row.line(),
            "'" + c + "' / '" + l + "' is not a 5-digit contractor and 2-digit locality");
      } else if (!NUMBER.matcher(f).matches()) {
        problems.add(
            row.line(), "locality " + c + "/" + l + ": factor '" + f + "' is not a number");
      } else if (qualifying >= 0 && !NUMBER.matcher(row.cell(qualifying)).matches()) {
        problems.add(
            row.line(),
            "locality "
                + c
                + "/"
                + l
                + ": qualifying-APM factor '"
                + row.cell(qualifying)
                + "' is not a number");
      } else if (!NUMBER.matcher(row.cell(work)).matches()
          || !NUMBER.matcher(row.cell(pe)).matches()
          || !NUMBER.matcher(row.cell(mp)).matches()) {
        problems.add(row.line(), "locality " + c + "/" + l + ": a GPCI is not a number");
      } else {
        var entry =
            new ConversionFactors.Locality(
                c,
                l,
                row.cell(name).replaceAll("\\*+$", "").strip(),
                new BigDecimal(f),
                qualifying < 0 ? null : new BigDecimal(row.cell(qualifying)));
        if (localities.putIfAbsent(entry.key(), entry) != null) {
          problems.add(row.line(), "locality " + c + "/" + l + " appears twice");
        }
      }
    }
    if (localities.isEmpty()) {
      problems.add(0, "holds no localities");
    }
    problems.throwIfAny();
    TableVersion version =
        TableVersion.calendarYear(
            ReferenceTable.CONVERSION_FACTORS, year, file, released, localities.size());
    return new ConversionFactors(
        version,
        year,
        new BigDecimal(national.group()),
        qualifyingNational == null ? null : new BigDecimal(qualifyingNational.group()),
        localities);
  }

  private static boolean qualifyingApmColumn(String name) {
    return name.contains("qualifying")
        && !name.contains("non-qualifying")
        && !name.contains("non qualifying")
        && !name.contains("nonqualifying");
  }
}
