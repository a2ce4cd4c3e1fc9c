package com.claims01940.reference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a table version's entries are stored: one tab-separated line per entry, gzipped. The store
 * adapters keep the version's metadata beside these bytes; this class is the one place that knows
 * the line layout of each table.
 */
public final class ReferenceRows {
  private static final String NATIONAL = "NATIONAL";
  private static final String LOW_BACK = "L";
  private static final String FLAG_FLIPPED = "F";
  private static final java.nio.charset.Charset ISO = StandardCharsets.ISO_8859_1;

  private ReferenceRows() {}

  public static List<String> encode(ReferenceContent content) {
    List<String> rows = new ArrayList<>();
    if (content instanceof Icd10CodeSet s) {
      List<String> codes = s.codes();
      String previous = "";
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        int shared = 0;
        while (shared < Math.min(previous.length(), code.length())
            && previous.charAt(shared) == code.charAt(shared)) {
          shared++;
        }
        String marks =
            (s.billableAt(i) != billableByOrder(codes, i) ? FLAG_FLIPPED : "")
                + (s.lowBackAt(i) ? LOW_BACK : "");
        rows.add(shared + code.substring(shared) + (marks.isEmpty() ? "" : "\t" + marks));
        previous = code;
      }
    } else if (content instanceof ModifierSet s) {
      for (ModifierSet.Row r : s.rows()) {
        rows.add(
            String.join(
                "\t",
                r.code(),
                r.level(),
                r.effectiveFrom().toString(),
                r.effectiveTo() == null ? "" : r.effectiveTo().toString(),
                r.description()));
      }
    } else if (content instanceof BaseUnits b) {
      b.units().forEach((code, units) -> rows.add(code + "\t" + units));
    } else if (content instanceof MacJurisdictions j) {
      for (MacJurisdictions.Row r : j.byContractor().values()) {
        rows.add(
            String.join(
                "\t",
                r.contractor(),
                r.jurisdiction(),
                r.mac(),
                r.localities(),
                r.source(),
                Boolean.toString(r.verified())));
      }
    } else if (content instanceof ConversionFactors c) {
      // The verified flags are written only when a factor is not (our national-factor table): a
      // version from CMS's file keeps the stored form, and content hash, it has always had.
      rows.add(
          NATIONAL
              + "\t"
              + c.national().toPlainString()
              + "\t"
              + plain(c.qualifyingApmNational())
              + (c.nationalVerified() && c.qualifyingApmVerified()
                  ? ""
                  : "\t" + c.nationalVerified() + "\t" + c.qualifyingApmVerified()));
      for (var l : c.localities().values()) {
        rows.add(
            String.join(
                "\t",
                l.contractor(),
                l.locality(),
                l.name(),
                l.factor().toPlainString(),
                plain(l.qualifyingApmFactor())));
      }
    }
    return rows;
  }

  /**
   * A version from its stored chunks (gzipped rows). An ICD-10-CM version stays gzipped until a
   * claim first needs it (see {@link Icd10CodeSet}); the other tables are small and decoded now.
   */
  public static ReferenceContent decodeChunks(TableVersion version, List<byte[]> chunks) {
    if (version.table() == ReferenceTable.ICD10CM) {
      List<byte[]> kept = List.copyOf(chunks);
      return Icd10CodeSet.decodedOnFirstUse(
          version, () -> icd10(version, kept.stream().map(ReferenceRows::inflate).toList()));
    }
    return decode(version, gunzip(chunks));
  }

  private static List<String> gunzip(List<byte[]> chunks) {
    List<String> rows = new ArrayList<>();
    for (byte[] chunk : chunks) {
      rows.addAll(gunzip(chunk));
    }
    return rows;
  }

  public static ReferenceContent decode(TableVersion version, List<String> rows) {
    return switch (version.table()) {
      case ICD10CM ->
          icd10(version, List.of(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)));
      case MODIFIERS, HCPCS_MODIFIERS -> modifiers(version, rows);
      case BASE_UNITS -> baseUnits(version, rows);
      case CONVERSION_FACTORS -> conversionFactors(version, rows);
      case JURISDICTIONS -> jurisdictions(version, rows);
    };
  }

  /**
   * ICD-10-CM rows, in code order, are front-coded: a digit saying how many leading characters the
   * code shares with the one before it, then the rest ({@code M5450} after {@code M545}: {@code
   * 450}). The billable flag is the one the order implies unless marked F (see {@link
   * #billableByOrder}); L marks a long description naming the low-back region. One full year gzips
   * to about 18 KB so, against 0.22 MB as code, flag and mark (docs/performance.md), so five years
   * stay within the container's one Query page. Rows stored before this layout (code, 1/0, L) start
   * with a letter and are still read, until the version is loaded again.
   */
  private static Icd10CodeSet icd10(TableVersion version, List<byte[]> texts) {
    Icd10Decoder decoder = new Icd10Decoder(version);
    for (byte[] text : texts) {
      // A call per row: a cold JVM compiles a small method after a few hundred calls, where one
      // long loop would run interpreted for tens of thousands of rows.
      for (int at = 0; at < text.length; ) {
        at = decoder.row(text, at);
      }
    }
    return decoder.finish();
  }

  /**
   * As in CMS's files, a code is billable unless a code extending it follows (a header): what the
   * stored rows assume, marking only the codes where it does not hold.
   */
  private static boolean billableByOrder(List<String> codes, int i) {
    return i + 1 == codes.size() || !codes.get(i + 1).startsWith(codes.get(i));
  }

  /**
   * Reads ICD-10-CM rows one at a time, straight from the gunzipped bytes, checking their order.
   */
  private static final class Icd10Decoder {
    private final TableVersion version;
    private final BitSet billable = new BitSet();
    private final BitSet lowBack = new BitSet();
    // The codes so far, one after another; code i from starts[i] to starts[i + 1].
    private byte[] text = new byte[1 << 16];
    private int[] starts = new int[1 << 13];
    private int count;
    // The previous row's flag as stored: F or none (front-coded), 1 or 0 (the earlier layout).
    private byte previousFlag;

    Icd10Decoder(TableVersion version) {
      this.version = version;
    }

    /** Decodes the row starting at {@code at}; returns where the next one starts. */
    int row(byte[] rows, int at) {
      int end = at;
      while (end < rows.length && rows[end] != '\n') {
        end++;
      }
      int tab = at;
      while (tab < end && rows[tab] != '\t') {
        tab++;
      }
      boolean frontCoded = rows[at] >= '0' && rows[at] <= '9';
      int shared = frontCoded ? rows[at] - '0' : 0;
      int from = frontCoded ? at + 1 : at;
      int previous = count == 0 ? 0 : starts[count - 1];
      int start = starts[count];
      int length = shared + tab - from;
      if (shared > start - previous || length == 0) {
        throw unreadable("is unreadable");
      }
      if (start + length > text.length) {
        text = Arrays.copyOf(text, 2 * (start + length));
      }
      System.arraycopy(text, previous, text, start, shared);
      System.arraycopy(rows, from, text, start + shared, tab - from);
      byte flag = 0;
      boolean low = false;
      for (int m = tab + 1; m < end; m++) {
        low |= rows[m] == 'L';
        flag = rows[m] == 'L' || rows[m] == '\t' ? flag : rows[m];
      }
      if (frontCoded ? flag != 0 && flag != 'F' : flag != '0' && flag != '1') {
        throw unreadable("has an unknown flag");
      }
      if (count > 0) {
        if (Arrays.compareUnsigned(text, start, start + length, text, previous, start) <= 0) {
          throw unreadable("is not after " + new String(text, previous, start - previous, ISO));
        }
        settlePrevious(
            length > start - previous
                && Arrays.equals(text, start, 2 * start - previous, text, previous, start));
      }
      lowBack.set(count, low);
      previousFlag = flag;
      count++;
      if (count + 1 > starts.length) {
        starts = Arrays.copyOf(starts, 2 * starts.length);
      }
      starts[count] = start + length;
      return end + 1;
    }

    /** The previous code's flag, now that it is known whether this code extends it. */
    private void settlePrevious(boolean extended) {
      boolean flag =
          previousFlag == '1' || previousFlag == '0'
              ? previousFlag == '1'
              : extended == (previousFlag == 'F');
      billable.set(count - 1, flag);
    }

    private IllegalArgumentException unreadable(String what) {
      return new IllegalArgumentException(version.version() + ": row " + (count + 1) + " " + what);
    }

    Icd10CodeSet finish() {
      if (count > 0) {
        settlePrevious(false);
      }
      return Icd10CodeSet.ofSorted(
          version,
          Arrays.copyOf(text, starts[count]),
          Arrays.copyOf(starts, count + 1),
          billable,
          lowBack);
    }
  }

  private static ModifierSet modifiers(TableVersion version, List<String> rows) {
    List<ModifierSet.Row> out = new ArrayList<>();
    for (String r : rows) {
      String[] f = r.split("\t", -1);
      out.add(
          new ModifierSet.Row(
              f[0],
              f[1],
              LocalDate.parse(f[2]),
              f[3].isEmpty() ? null : LocalDate.parse(f[3]),
              f[4]));
    }
    return new ModifierSet(version, out);
  }

  private static MacJurisdictions jurisdictions(TableVersion version, List<String> rows) {
    Map<String, MacJurisdictions.Row> out = new LinkedHashMap<>();
    for (String r : rows) {
      String[] f = r.split("\t", -1);
      out.put(f[0], new MacJurisdictions.Row(f[0], f[1], f[2], f[3], f[4], f[5].equals("true")));
    }
    return new MacJurisdictions(version, out);
  }

  private static BaseUnits baseUnits(TableVersion version, List<String> rows) {
    Map<String, Integer> units = new LinkedHashMap<>();
    for (String r : rows) {
      String[] f = r.split("\t", -1);
      units.put(f[0], Integer.parseInt(f[1]));
    }
    return new BaseUnits(version, version.effectiveFrom().getYear(), units);
  }

  private static ConversionFactors conversionFactors(TableVersion version, List<String> rows) {
    BigDecimal national = null;
    boolean nationalVerified = true;
    BigDecimal qualifyingApmNational = null;
    boolean qualifyingApmVerified = true;
    Map<String, ConversionFactors.Locality> localities = new LinkedHashMap<>();
    for (String r : rows) {
      String[] f = r.split("\t", -1);
      if (f[0].equals(NATIONAL)) {
        national = new BigDecimal(f[1]);
        qualifyingApmNational = decimal(f[2]);
        if (f.length == 5) {
          nationalVerified = Boolean.parseBoolean(f[3]);
          qualifyingApmVerified = Boolean.parseBoolean(f[4]);
        }
      } else {
        var l =
            new ConversionFactors.Locality(f[0], f[1], f[2], new BigDecimal(f[3]), decimal(f[4]));
        localities.put(l.key(), l);
      }
    }
    return new ConversionFactors(
        version,
        version.effectiveFrom().getYear(),
        national,
        nationalVerified,
        qualifyingApmNational,
        qualifyingApmVerified,
        localities);
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static BigDecimal decimal(String s) {
    return s.isEmpty() ? null : new BigDecimal(s);
  }

  /** Gathers decoded versions into the data the rules use. */
  public static ReferenceData assemble(List<ReferenceContent> contents) {
    List<Icd10CodeSet> icd10 = new ArrayList<>();
    List<ModifierSet> modifiers = new ArrayList<>();
    List<BaseUnits> baseUnits = new ArrayList<>();
    List<ConversionFactors> factors = new ArrayList<>();
    List<MacJurisdictions> jurisdictions = new ArrayList<>();
    for (ReferenceContent c : contents) {
      if (c instanceof Icd10CodeSet s) {
        icd10.add(s);
      } else if (c instanceof ModifierSet s) {
        modifiers.add(s);
      } else if (c instanceof BaseUnits b) {
        baseUnits.add(b);
      } else if (c instanceof ConversionFactors f) {
        factors.add(f);
      } else if (c instanceof MacJurisdictions j) {
        jurisdictions.add(j);
      }
    }
    return new ReferenceData(icd10, modifiers, baseUnits, factors, jurisdictions);
  }

  public static byte[] gzip(List<String> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static List<String> gunzip(byte[] gz) {
    String text = new String(inflate(gz), StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }

  private static byte[] inflate(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
