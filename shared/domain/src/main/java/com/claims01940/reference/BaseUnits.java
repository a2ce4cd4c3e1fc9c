package com.claims01940.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** CMS's anesthesia base units of one calendar year, by anesthesia code. */
public record BaseUnits(TableVersion version, int year, Map<String, Integer> units)
    implements ReferenceContent {
  public BaseUnits {
    // File order kept: the stored form (and its content hash) must not depend on hashing.
    units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
  }
}
