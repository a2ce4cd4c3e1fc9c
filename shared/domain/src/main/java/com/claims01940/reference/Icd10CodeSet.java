package com.claims01940.reference;

import com.claims01940.codes.CodeSets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * the one year its date falls in. The codes are one sorted array searched by bisection, with the
 * two facts as bit sets beside it: a tree map of 95,000 boxed entries cost a cold JVM far more to
 * build.
 */
public final class Icd10CodeSet implements ReferenceContent {
  private final TableVersion version;
  private Supplier<Codes> decoder;
  private volatile Codes codes;

  /**
   * The codes in ascending order as one run of ASCII bytes, code i at {@code text[starts[i]]} up to
   * {@code starts[i + 1]} (no String per code: building 95,000 of them was most of a cold decode);
   * bit i of each set is a fact about code i.
   */
  private record Codes(byte[] text, int[] starts, BitSet billable, BitSet lowBack) {
    int size() {
      return starts.length - 1;
    }

    String code(int i) {
      return new String(text, starts[i], starts[i + 1] - starts[i], StandardCharsets.ISO_8859_1);
    }

    /** Negative, zero or positive as code i sorts before, as or after {@code code}. */
    int compare(int i, String code) {
      int from = starts[i];
      int length = starts[i + 1] - from;
      for (int k = 0; k < Math.min(length, code.length()); k++) {
        int d = (text[from + k] & 0xFF) - code.charAt(k);
        if (d != 0) {
          return d;
        }
      }
      return length - code.length();
    }

    boolean startsWith(int i, String prefix) {
      if (starts[i + 1] - starts[i] < prefix.length()) {
        return false;
      }
      for (int k = 0; k < prefix.length(); k++) {
        if ((text[starts[i] + k] & 0xFF) != prefix.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** As {@link Arrays#binarySearch}: the index, or -(insertion point) - 1. */
    int indexOf(String code) {
      int low = 0;
      int high = size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = compare(mid, code);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -(low + 1);
    }
  }

  private Icd10CodeSet(TableVersion version, Supplier<Codes> decoder) {
    this.version = version;
    this.decoder = decoder;
  }

  public static Icd10CodeSet of(
      TableVersion version, Map<String, Boolean> billable, Set<String> lowBackRegion) {
    String[] sorted = billable.keySet().toArray(String[]::new);
    Arrays.sort(sorted);
    byte[] text = String.join("", sorted).getBytes(StandardCharsets.ISO_8859_1);
    int[] starts = new int[sorted.length + 1];
    BitSet flags = new BitSet(sorted.length);
    BitSet lowBack = new BitSet(sorted.length);
    for (int i = 0; i < sorted.length; i++) {
      starts[i + 1] = starts[i] + sorted[i].length();
      flags.set(i, billable.get(sorted[i]));
      lowBack.set(i, lowBackRegion.contains(sorted[i]));
    }
    return ofSorted(version, text, starts, flags, lowBack);
  }

  /**
   * From codes in strictly ascending order (as the store keeps them; its decoder checks), code i
   * being {@code text[starts[i]]} up to {@code starts[i + 1]}, and their two facts by index.
   */
  static Icd10CodeSet ofSorted(
      TableVersion version, byte[] text, int[] starts, BitSet billable, BitSet lowBack) {
    Codes codes = new Codes(text, starts, billable, lowBack);
    return new Icd10CodeSet(version, () -> codes);
  }

  /**
   * A version whose codes are built when first asked for, by a decoder that builds them eagerly.
   */
  static Icd10CodeSet decodedOnFirstUse(TableVersion version, Supplier<Icd10CodeSet> decode) {
    return new Icd10CodeSet(version, () -> decode.get().decoded());
  }

  private Codes decoded() {
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

  /** Every code of the version (without its dot), headers included, in code order. */
  public List<String> codes() {
    Codes all = decoded();
    List<String> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      out.add(all.code(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether the code at {@code index} of {@link #codes()} is billable (false: a header). */
  boolean billableAt(int index) {
    return decoded().billable().get(index);
  }

  /** Whether the long description of the code at {@code index} names the low-back region. */
  boolean lowBackAt(int index) {
    return decoded().lowBack().get(index);
  }

  /**
   * Whether the code's long description in this version names the lumbar/sacral region; null when
   * this version cannot say (a code outside an extract's categories, or not in the version).
   */
  public Boolean namesLowBackRegion(String code) {
    String c = CodeSets.normalizeDiagnosis(code);
    if (!covers(c)) {
      return null;
    }
    Codes all = decoded();
    int i = all.indexOf(c);
    return i < 0 ? null : all.lowBack().get(i);
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
    Codes all = decoded();
    int i = all.indexOf(CodeSets.normalizeDiagnosis(code));
    return i >= 0 && all.billable().get(i);
  }

  public boolean contains(String code) {
    return decoded().indexOf(CodeSets.normalizeDiagnosis(code)) >= 0;
  }

  /** The billable codes that extend this one (a header's children), with dots, in code order. */
  public List<String> billableUnder(String code) {
    String prefix = CodeSets.normalizeDiagnosis(code);
    Codes all = decoded();
    int at = all.indexOf(prefix);
    List<String> out = new ArrayList<>();
    // The codes that start with the prefix follow it (or where it would be) in code order.
    for (int i = at < 0 ? -at - 1 : at + 1; i < all.size() && all.startsWith(i, prefix); i++) {
      if (all.billable().get(i)) {
        out.add(withDot(all.code(i)));
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
