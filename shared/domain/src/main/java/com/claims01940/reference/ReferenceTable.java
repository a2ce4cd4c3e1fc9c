package com.claims01940.reference;

import java.util.Locale;

/** The national reference tables, each loaded from its publisher's file and chosen by date. */
public enum ReferenceTable {
  ICD10CM("icd10cm", "ICD-10-CM"),
  MODIFIERS("modifiers", "CPT/HCPCS modifier table"),
  HCPCS_MODIFIERS("hcpcs-modifiers", "CMS HCPCS Level II modifier list"),
  BASE_UNITS("anesthesia-base-units", "anesthesia base units"),
  CONVERSION_FACTORS("anesthesia-conversion-factors", "Medicare anesthesia conversion factors"),
  JURISDICTIONS("mac-jurisdictions", "Medicare contractor jurisdictions");

  private final String id;
  private final String label;

  ReferenceTable(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The name in the API ({@code GET /v1/codesets}) and in the table's partition key. */
  public String id() {
    return id;
  }

  /** How a finding or a note names the table. */
  public String label() {
    return label;
  }

  public static ReferenceTable ofId(String id) {
    for (ReferenceTable t : values()) {
      if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown reference table " + id);
  }
}
