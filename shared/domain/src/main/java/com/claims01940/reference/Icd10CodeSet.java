package com.claims01940.reference;

import com.claims01940.codes.CodeSets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One fiscal year of ICD-10-CM: every code (without its dot), whether it is billable (the order
 * file's flag; 0 = a header), and the codes whose long description names the lumbar, lumbosacral,
 * sacral, sacrococcygeal or thoracolumbar region (read once at load: the region check needs that
 * fact, not the text). An extract covers only its declared categories: a code outside them is not
 * known to be invalid, so it is checked by shape only.
 *
 * <p>A version read from the store is decoded on first use: a whole fiscal year is ~95,000 codes,
 * five years take most of a second to decode in a cold JVM (docs/performance.md), and a claim needs
 * the one year its date falls in.
 */
public final class Icd10CodeSet implements ReferenceContent {
  private final TableVersion version;
  private Supplier<Codes> decoder;
  private volatile Codes codes;

  private record Codes(NavigableMap<String, Boolean> billable, Set<String> lowBackRegion) {}

  private Icd10CodeSet(TableVersion version, Supplier<Codes> decoder) {
    this.version = version;
    this.decoder = decoder;
  }

  public static Icd10CodeSet of(
      TableVersion version, Map<String, Boolean> billable, Set<String> lowBackRegion) {
    Codes codes = codes(billable, lowBackRegion);
    return new Icd10CodeSet(version, () -> codes);
  }

  /**
   * A version whose codes are built when first asked for, by a decoder that builds them eagerly.
   */
  static Icd10CodeSet decodedOnFirstUse(TableVersion version, Supplier<Icd10CodeSet> decode) {
    return new Icd10CodeSet(version, () -> decode.get().codes());
  }

  private static Codes codes(Map<String, Boolean> billable, Set<String> lowBackRegion) {
    return new Codes(
        Collections.unmodifiableNavigableMap(new TreeMap<>(billable)),
        Collections.unmodifiableSet(new TreeSet<>(lowBackRegion)));
  }

  private Codes codes() {
    Codes c = codes;
    if (c == null) {
      synchronized (this) {
        c = codes;
        if (c == null) {
          c = decoder.get();
          codes = c;
          decoder = null;
        }
      }
    }
    return c;
  }

  @Override
  public TableVersion version() {
    return version;
  }

  /** Every code of the version (without its dot): true when billable, false for a header. */
  public NavigableMap<String, Boolean> billable() {
    return codes().billable();
  }

  /** The codes whose long description names the low-back region. */
  public Set<String> lowBackRegion() {
    return codes().lowBackRegion();
  }

  /**
   * Whether the code's long description in this version names the lumbar/sacral region; null when
   * this version cannot say (a code outside an extract's categories, or not in the version).
   */
  public Boolean namesLowBackRegion(String code) {
    String c = CodeSets.normalizeDiagnosis(code);
    if (!covers(c) || !billable().containsKey(c)) {
      return null;
    }
    return lowBackRegion().contains(c);
  }

  /** Whether this version can say anything about the code (always, for a full code set). */
  public boolean covers(String code) {
    List<String> categories = version.declaredCategories();
    if (categories.isEmpty()) {
      return true;
    }
    String c = CodeSets.normalizeDiagnosis(code);
    for (String category : categories) {
      if (c.startsWith(CodeSets.normalizeDiagnosis(category))) {
        return true;
      }
    }
    return false;
  }

  public boolean isBillable(String code) {
    return Boolean.TRUE.equals(billable().get(CodeSets.normalizeDiagnosis(code)));
  }

  public boolean contains(String code) {
    return billable().containsKey(CodeSets.normalizeDiagnosis(code));
  }

  /** The billable codes that extend this one (a header's children), with dots, in code order. */
  public List<String> billableUnder(String code) {
    String prefix = CodeSets.normalizeDiagnosis(code);
    List<String> out = new ArrayList<>();
    for (var e : billable().tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        break;
      }
      if (e.getValue() && !e.getKey().equals(prefix)) {
        out.add(withDot(e.getKey()));
      }
    }
    return out;
  }

  /** M5450 → M54.50: ICD-10-CM puts the dot after the category's three characters. */
  public static String withDot(String code) {
    String c = CodeSets.normalizeDiagnosis(code);
    return c.length() <= 3 ? c : c.substring(0, 3) + "." + c.substring(3);
  }
}
