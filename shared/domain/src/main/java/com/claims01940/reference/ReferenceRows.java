package com.claims01940.reference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  private ReferenceRows() {}

  public static List<String> encode(ReferenceContent content) {
    List<String> rows = new ArrayList<>();
    if (content instanceof Icd10CodeSet s) {
      // code, 1/0 billable, and L when its long description names the low-back region
      s.billable()
          .forEach(
              (code, b) ->
                  rows.add(
                      code
                          + "\t"
                          + (b ? 1 : 0)
                          + (s.lowBackRegion().contains(code) ? "\t" + LOW_BACK : "")));
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
      rows.add(
          NATIONAL + "\t" + c.national().toPlainString() + "\t" + plain(c.qualifyingApmNational()));
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
      return Icd10CodeSet.decodedOnFirstUse(version, () -> icd10(version, gunzip(kept)));
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
      case ICD10CM -> icd10(version, rows);
      case MODIFIERS, HCPCS_MODIFIERS -> modifiers(version, rows);
      case BASE_UNITS -> baseUnits(version, rows);
      case CONVERSION_FACTORS -> conversionFactors(version, rows);
      case JURISDICTIONS -> jurisdictions(version, rows);
    };
  }

  /** Rows are stored in code order, so a sorted map takes them in one pass (and is copied so). */
  private static Icd10CodeSet icd10(TableVersion version, List<String> rows) {
    TreeMap<String, Boolean> billable = new TreeMap<>();
    Set<String> lowBack = new HashSet<>();
    for (String r : rows) {
      int flag = r.indexOf('\t') + 1;
      String code = r.substring(0, flag - 1);
      billable.put(code, r.charAt(flag) == '1');
      if (r.startsWith(LOW_BACK, flag + 2)) {
        lowBack.add(code);
      }
    }
    return Icd10CodeSet.of(version, billable, lowBack);
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
    BigDecimal qualifyingApmNational = null;
    Map<String, ConversionFactors.Locality> localities = new LinkedHashMap<>();
    for (String r : rows) {
      String[] f = r.split("\t", -1);
      if (f[0].equals(NATIONAL)) {
        national = new BigDecimal(f[1]);
        qualifyingApmNational = decimal(f[2]);
      } else {
        var l =
            new ConversionFactors.Locality(f[0], f[1], f[2], new BigDecimal(f[3]), decimal(f[4]));
        localities.put(l.key(), l);
      }
    }
    return new ConversionFactors(
        version, version.effectiveFrom().getYear(), national, qualifyingApmNational, localities);
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
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
