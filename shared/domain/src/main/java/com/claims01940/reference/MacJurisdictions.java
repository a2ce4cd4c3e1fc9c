package com.claims01940.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which Medicare Administrative Contractor jurisdiction (J5 … JN) each contractor number of CMS's
 * locality file belongs to: a claim's {@code pricingLocality.contractor} names its MAC, and a
 * Medicare policy item may override parameters per jurisdiction. Each row names its source.
 */
public record MacJurisdictions(TableVersion version, Map<String, Row> byContractor)
    implements ReferenceContent {

  /** One contractor number: its jurisdiction, the MAC, the localities it serves, the source. */
  public record Row(
      String contractor,
      String jurisdiction,
      String mac,
      String localities,
      String source,
      boolean verified) {}

  public MacJurisdictions {
    // File order kept: the stored form (and its content hash) must not depend on hashing.
    byContractor = Collections.unmodifiableMap(new LinkedHashMap<>(byContractor));
  }

  /** The contractor's jurisdiction, or null for a contractor the table does not list. */
  public String jurisdictionOf(String contractor) {
    Row r = contractor == null ? null : byContractor.get(contractor);
    return r == null ? null : r.jurisdiction();
  }
}
