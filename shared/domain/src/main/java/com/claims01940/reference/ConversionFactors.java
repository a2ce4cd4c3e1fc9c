package com.claims01940.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Medicare's anesthesia conversion factors of one calendar year: the national factor and the
 * locality-adjusted factor of each payment locality, as CMS's locality file prints them; and, from
 * CY2026, when the file has them, the qualifying-APM participants' national and locality factors
 * (null otherwise). A year read from our national-factor table ({@link NationalFactorFile}) has no
 * localities, and a national factor there may not yet be verified against CMS's own text; CMS's
 * file is.
 */
public record ConversionFactors(
    TableVersion version,
    int year,
    BigDecimal national,
    boolean nationalVerified,
    BigDecimal qualifyingApmNational,
    boolean qualifyingApmVerified,
    Map<String, Locality> localities)
    implements ReferenceContent {

  /**
   * One Medicare payment locality: 5-digit contractor, 2-digit locality, name, factor, and the
   * qualifying-APM factor where the file has one.
   */
  public record Locality(
      String contractor,
      String locality,
      String name,
      BigDecimal factor,
      BigDecimal qualifyingApmFactor) {
    public String key() {
      return ConversionFactors.key(contractor, locality);
    }
  }

  public ConversionFactors {
    // File order kept: the stored form (and its content hash) must not depend on hashing.
    localities = Collections.unmodifiableMap(new LinkedHashMap<>(localities));
  }

  /** A year as CMS's locality file gives it: every factor CMS's own. */
  public ConversionFactors(
      TableVersion version,
      int year,
      BigDecimal national,
      BigDecimal qualifyingApmNational,
      Map<String, Locality> localities) {
    this(version, year, national, true, qualifyingApmNational, true, localities);
  }

  public static String key(String contractor, String locality) {
    return contractor + "/" + locality;
  }

  public Locality locality(String contractor, String locality) {
    return localities.get(key(contractor, locality));
  }
}
