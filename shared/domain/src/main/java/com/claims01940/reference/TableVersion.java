package com.claims01940.reference;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One loaded version of a reference table: what it is, when it is in force (inclusive; a null end
 * is open), the publisher's file it was read from, when that file was released (null when the file
 * does not say) and how many entries it holds. {@code categories} is set for an ICD-10-CM extract:
 * the code prefixes it covers (empty = the whole code set).
 */
@JsonPropertyOrder({
  "name",
  "version",
  "effectiveFrom",
  "effectiveTo",
  "source",
  "released",
  "entries",
  "coverage",
  "categories"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableVersion(
    @JsonIgnore ReferenceTable table,
    String version,
    LocalDate effectiveFrom,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate effectiveTo,
    String source,
    LocalDate released,
    int entries,
    List<String> categories) {

  public TableVersion {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** A CMS calendar-year table ("CY2025"), in force 1 January to 31 December. */
  public static TableVersion calendarYear(
      ReferenceTable table, int year, String source, LocalDate released, int entries) {
    return new TableVersion(
        table,
        "CY" + year,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        source,
        released,
        entries,
        null);
  }

  @JsonProperty("name")
  public String name() {
    return table.id();
  }

  /**
   * For an ICD-10-CM version: FULL (the whole order file) or EXTRACT (its categories); else null.
   */
  @JsonProperty("coverage")
  public String coverage() {
    return table != ReferenceTable.ICD10CM ? null : categories.isEmpty() ? "FULL" : "EXTRACT";
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** Null for a full code set, so the API leaves the field out. */
  @Override
  public List<String> categories() {
    return categories.isEmpty() ? null : categories;
  }

  @JsonIgnore
  public List<String> declaredCategories() {
    return categories;
  }
}
