package com.claims01940.reference;

/** One loaded version of a reference table, with its entries. */
public sealed interface ReferenceContent
    permits Icd10CodeSet, ModifierSet, BaseUnits, ConversionFactors, MacJurisdictions {
  TableVersion version();
}
