package com.claims01940.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every loaded version of the reference tables: the one in force on a date is picked here, like a
 * payer's policy version. Immutable; a store hands out a new one when the tables change.
 */
public record ReferenceData(
    List<Icd10CodeSet> icd10,
    // our modifier table and CMS's HCPCS list, told apart by their versions' table
    List<ModifierSet> modifiers,
    List<BaseUnits> baseUnits,
    List<ConversionFactors> conversionFactors,
    List<MacJurisdictions> jurisdictions) {

  public static final ReferenceData EMPTY =
      new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of());

  public ReferenceData {
    icd10 = List.copyOf(icd10);
    modifiers = List.copyOf(modifiers);
    baseUnits = List.copyOf(baseUnits);
    conversionFactors = List.copyOf(conversionFactors);
    jurisdictions = List.copyOf(jurisdictions);
  }

  /**
   * The MAC jurisdiction of a Medicare contractor number on the date, or null when the claim names
   * none, the table is not loaded or does not list it (then Medicare's national values apply).
   */
  public String jurisdictionOf(String contractor, LocalDate date) {
    for (MacJurisdictions j : jurisdictions) {
      if (j.version().inForceOn(date)) {
        return j.jurisdictionOf(contractor);
      }
    }
    return null;
  }

  /** The ICD-10-CM version in force on the date, or null when none is loaded for it. */
  public Icd10CodeSet icd10On(LocalDate date) {
    for (Icd10CodeSet s : icd10) {
      if (s.version().inForceOn(date)) {
        return s;
      }
    }
    return null;
  }

  /** Our modifier table (CPT Level I, and the Level II modifiers anesthesia claims use). */
  public ModifierSet modifiersOn(LocalDate date) {
    return modifierListOn(ReferenceTable.MODIFIERS, date);
  }

  /** CMS's whole HCPCS Level II modifier list, when an operator has loaded CMS's HCPCS file. */
  public ModifierSet hcpcsModifiersOn(LocalDate date) {
    return modifierListOn(ReferenceTable.HCPCS_MODIFIERS, date);
  }

  private ModifierSet modifierListOn(ReferenceTable table, LocalDate date) {
    for (ModifierSet s : modifiers) {
      if (s.version().table() == table && s.version().inForceOn(date)) {
        return s;
      }
    }
    return null;
  }

  public BaseUnits baseUnitsOn(LocalDate date) {
    for (BaseUnits b : baseUnits) {
      if (b.version().inForceOn(date)) {
        return b;
      }
    }
    return null;
  }

  public ConversionFactors conversionFactorsOn(LocalDate date) {
    for (ConversionFactors c : conversionFactors) {
      if (c.version().inForceOn(date)) {
        return c;
      }
    }
    return null;
  }

  /**
   * With no ICD-10-CM version in force on the date, the latest one that ended before it: what a
   * claim past the last loaded fiscal year is checked against (never more than a WARNING, since the
   * missing year may have added the code). Null when a version is in force, or none ended before
   * the date.
   */
  public Icd10CodeSet icd10Before(LocalDate date) {
    return icd10On(date) != null ? null : latestEndedBefore(icd10, date);
  }

  /** The same for the modifier table. */
  public ModifierSet modifiersBefore(LocalDate date) {
    return modifiersOn(date) != null ? null : latestEndedBefore(of(ReferenceTable.MODIFIERS), date);
  }

  /** The same for CMS's HCPCS list: the latest quarter loaded, once that quarter has ended. */
  public ModifierSet hcpcsModifiersBefore(LocalDate date) {
    return hcpcsModifiersOn(date) != null
        ? null
        : latestEndedBefore(of(ReferenceTable.HCPCS_MODIFIERS), date);
  }

  private List<ModifierSet> of(ReferenceTable table) {
    return modifiers.stream().filter(s -> s.version().table() == table).toList();
  }

  private static <T extends ReferenceContent> T latestEndedBefore(List<T> sets, LocalDate date) {
    T latest = null;
    for (T s : sets) {
      LocalDate end = s.version().effectiveTo();
      if (end != null
          && end.isBefore(date)
          && (latest == null || end.isAfter(latest.version().effectiveTo()))) {
        latest = s;
      }
    }
    return latest;
  }

  /**
   * The latest version ended before the date in which the code was billable: how a message says
   * when a code was deleted.
   */
  public Icd10CodeSet lastBillableBefore(String code, LocalDate date) {
    Icd10CodeSet last = null;
    for (Icd10CodeSet s : icd10) {
      if (s.version().effectiveTo() != null
          && s.version().effectiveTo().isBefore(date)
          && s.isBillable(code)
          && (last == null
              || s.version().effectiveFrom().isAfter(last.version().effectiveFrom()))) {
        last = s;
      }
    }
    return last;
  }

  /**
   * Per table loaded, the last date any of its versions covers ({@code null}: open-ended), so an
   * operator sees when a table runs out (GET /v1/codesets).
   */
  public Map<String, LocalDate> coveredThrough() {
    Map<String, LocalDate> out = new TreeMap<>();
    Set<String> open = new HashSet<>();
    for (TableVersion v : versions()) {
      if (v.effectiveTo() == null) {
        open.add(v.name());
      } else {
        out.merge(v.name(), v.effectiveTo(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    open.forEach(name -> out.put(name, null));
    return out;
  }

  /** What {@code GET /v1/codesets} lists: every version, by table then start date. */
  public List<TableVersion> versions() {
    List<TableVersion> all = new ArrayList<>();
    icd10.forEach(s -> all.add(s.version()));
    modifiers.forEach(s -> all.add(s.version()));
    baseUnits.forEach(s -> all.add(s.version()));
    conversionFactors.forEach(s -> all.add(s.version()));
    jurisdictions.forEach(s -> all.add(s.version()));
    all.sort(Comparator.comparing(TableVersion::table).thenComparing(TableVersion::effectiveFrom));
    return all;
  }
}
