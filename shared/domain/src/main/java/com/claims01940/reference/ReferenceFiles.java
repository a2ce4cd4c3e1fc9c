package com.claims01940.reference;

import java.util.List;

/** Reads a publisher's file as the named table: what the loader and the seed call. */
public final class ReferenceFiles {
  private ReferenceFiles() {}

  /**
   * @param year the fiscal year (ICD-10-CM) or calendar year (HCPCS, base units, conversion
   *     factors) the file is for; ignored for the modifier and jurisdiction tables
   * @param categories the categories an ICD-10-CM extract covers (empty for CMS's full file)
   */
  public static ReferenceContent parse(
      ReferenceTable table, String file, byte[] bytes, Integer year, List<String> categories) {
    if (table != ReferenceTable.MODIFIERS
        && table != ReferenceTable.JURISDICTIONS
        && year == null) {
      throw new ReferenceFileException(file, 0, "the year the file is for is required");
    }
    return switch (table) {
      case ICD10CM -> Icd10OrderFile.parse(file, bytes, year, categories);
      case MODIFIERS -> ModifierFile.parse(file, bytes);
      case HCPCS_MODIFIERS -> CmsHcpcsFile.parse(file, bytes, year);
      case BASE_UNITS -> CmsBaseUnitFile.parse(file, bytes, year);
      case CONVERSION_FACTORS ->
          NationalFactorFile.recognises(file, bytes)
              ? NationalFactorFile.parse(file, bytes, year)
              : CmsLocalityFile.parse(file, bytes, year);
      case JURISDICTIONS -> MacJurisdictionFile.parse(file, bytes);
    };
  }
}
