package com.claims01940.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's modifier table (docs/reference-data.md): a CSV with the columns code, level (CPT
 * for Level I, HCPCS for Level II), effectiveFrom, effectiveTo (empty while in force) and a short
 * description in our own words, in any column order. The table as a whole is in force from its
 * earliest row; its version is the latest date any row names.
 */
public final class ModifierFile {
  static final List<String> COLUMNS =
      List.of("code", "level", "effectiveFrom", "effectiveTo", "description");
  private static final Set<String> LEVELS = Set.of("CPT", "HCPCS");
  private static final Pattern CPT = Pattern.compile("[0-9]{2}");
  private static final Pattern HCPCS = Pattern.compile("[0-9A-Z]{2}");
  static final int MAX_DESCRIPTION = 100;

  private ModifierFile() {}

  public static ModifierSet parse(String file, byte[] bytes) {
    var rows = DelimitedText.parse(file, DelimitedText.decode(file, bytes), ',');
    if (rows.isEmpty()) {
      throw new ReferenceFileException(file, 0, "is empty; the first line must name the columns");
    }
    var problems = new ReferenceFileException.Collector(file);
    var header = rows.get(0);
    int[] at = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      at[i] = header.cells().stream().map(String::strip).toList().indexOf(COLUMNS.get(i));
      if (at[i] < 0) {
        problems.add(header.line(), "the header has no '" + COLUMNS.get(i) + "' column");
      }
    }
    header.cells().stream()
        .map(String::strip)
        .filter(c -> !COLUMNS.contains(c))
        .forEach(c -> problems.add(header.line(), "unknown column '" + c + "'"));
    problems.throwIfAny();
    List<ModifierSet.Row> out = new ArrayList<>();
    for (var row : rows.subList(1, rows.size())) {
      if (row.blank()) {
        continue;
      }
      ModifierSet.Row parsed = row(row, at, problems);
      if (parsed != null) {
        out.stream()
            .filter(r -> r.code().equals(parsed.code()) && overlap(r, parsed))
            .findFirst()
            .ifPresentOrElse(
                r ->
                    problems.add(
                        row.line(), parsed.code() + " overlaps another row of the same code"),
                () -> out.add(parsed));
      }
    }
    if (out.isEmpty()) {
      problems.add(0, "holds no modifiers");
    }
    problems.throwIfAny();
    LocalDate from =
        out.stream()
            .map(ModifierSet.Row::effectiveFrom)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate latest =
        out.stream()
            .flatMap(r -> java.util.stream.Stream.of(r.effectiveFrom(), r.effectiveTo()))
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    TableVersion version =
        new TableVersion(
            ReferenceTable.MODIFIERS,
            "as of " + latest,
            from,
            null,
            file,
            latest,
            out.size(),
            null);
    return new ModifierSet(version, out);
  }

  private static ModifierSet.Row row(
      DelimitedText.Row row, int[] at, ReferenceFileException.Collector problems) {
    String code = row.cell(at[0]).toUpperCase(Locale.ROOT);
    String level = row.cell(at[1]).toUpperCase(Locale.ROOT);
    String description = row.cell(at[4]);
    if (!LEVELS.contains(level)) {
      problems.add(row.line(), "level '" + level + "' must be CPT or HCPCS");
      return null;
    }
    boolean cpt = level.equals("CPT");
    if (cpt
        ? !CPT.matcher(code).matches()
        : !HCPCS.matcher(code).matches() || CPT.matcher(code).matches()) {
      problems.add(
          row.line(),
          "'"
              + code
              + "' is not a "
              + (cpt ? "CPT modifier (two digits)" : "HCPCS modifier (two characters, a letter)"));
      return null;
    }
    if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      problems.add(
          row.line(), code + ": the description must be 1 to " + MAX_DESCRIPTION + " characters");
      return null;
    }
    try {
      LocalDate from = LocalDate.parse(row.cell(at[2]));
      LocalDate to = row.cell(at[3]).isEmpty() ? null : LocalDate.parse(row.cell(at[3]));
      if (to != null && to.isBefore(from)) {
        problems.add(row.line(), code + ": effectiveTo is before effectiveFrom");
        return null;
      }
      return new ModifierSet.Row(code, level, from, to, description);
    } catch (DateTimeParseException e) {
      problems.add(row.line(), code + ": dates must be YYYY-MM-DD");
      return null;
    }
  }

  private static boolean overlap(ModifierSet.Row a, ModifierSet.Row b) {
    LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
    LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
    return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
  }
}
