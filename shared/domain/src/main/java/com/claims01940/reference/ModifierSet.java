package com.claims01940.reference;

import java.time.LocalDate;
import java.util.List;

/** The CPT (Level I) and HCPCS (Level II) modifiers, each with the period it is in force. */
public record ModifierSet(TableVersion version, List<Row> rows) implements ReferenceContent {

  /** One modifier; {@code effectiveTo} null while it is in force. */
  public record Row(
      String code,
      String level,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String description) {

    public boolean inForceOn(LocalDate date) {
      return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
  }

  public ModifierSet {
    rows = List.copyOf(rows);
  }

  /** Whether any row names the code, whatever its dates. */
  public boolean lists(String code) {
    return rows.stream().anyMatch(r -> r.code().equals(code));
  }

  public boolean inForce(String code, LocalDate date) {
    for (Row r : rows) {
      if (r.code().equals(code) && r.inForceOn(date)) {
        return true;
      }
    }
    return false;
  }
}
