package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The CMS files as published (refdata/cms), and the ways a CMS file can be wrong. */
class CmsFilesTest {
  static byte[] shipped(String name) throws Exception {
    return Files.readAllBytes(ReferenceFixture.refdata().resolve("cms").resolve(name));
  }

  static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  static final String LOCALITY_HEADER =
      "Title line\t\t\t\t\t\t\r\nUpdated 1/5/2026\t\t\t\t\t\t\r\n"
          + "Contractor\tLocality\tLocality Name\t2026 Work GPCI\t2026 PE GPCI\t2026 MP GPCI"
          + "\tNational Anes CF of 20.4976\r\n";

  @Test
  void theCy2022BaseUnitFile() throws Exception {
    BaseUnits b =
        CmsBaseUnitFile.parse("base.txt", shipped("cms-cy2022-anesthesia-base-units.txt"), 2022);
    assertEquals(276, b.units().size());
    assertEquals(4, b.units().get("01940"));
    assertEquals(5, b.units().get("01941"));
    assertEquals(LocalDate.of(2022, 1, 1), b.version().effectiveFrom());
  }

  @Test
  void aBaseUnitFileIsReadByItsColumnNamesWhereverTheHeaderIs() {
    String file = "CMS title\r\n\r\nCODE\tCY 2024 BASE UNITS\r\n01940\t4\r\n01941\t5\r\n";
    BaseUnits b = CmsBaseUnitFile.parse("b.txt", file.getBytes(StandardCharsets.UTF_8), 2024);
    assertEquals(5, b.units().get("01941"));
  }

  @Test
  void aBaseUnitFileForAnotherYearOrWithBadRowsIsRefused() throws Exception {
    var wrongYear =
        assertThrows(
            ReferenceFileException.class,
            () ->
                CmsBaseUnitFile.parse(
                    "b.txt", shipped("cms-cy2022-anesthesia-base-units.txt"), 2025));
    assertTrue(wrongYear.getMessage().contains("the header is for 2022, not 2025"));
    var badRow =
        assertThrows(
            ReferenceFileException.class,
            () ->
                CmsBaseUnitFile.parse(
                    "b.txt", "CODE\tBASE UNIT\n01940\tfour\n0194\t4\n".getBytes(), 2024));
    assertEquals(2, badRow.problems().get(0).line());
    assertEquals(3, badRow.problems().get(1).line());
    var noHeader =
        assertThrows(
            ReferenceFileException.class,
            () -> CmsBaseUnitFile.parse("b.txt", "01940\t4\n".getBytes(), 2024));
    assertEquals(0, noHeader.problems().get(0).line());
  }

  @Test
  void theCy2025LocalityFile() throws Exception {
    ConversionFactors c =
        CmsLocalityFile.parse(
            "cf.txt", shipped("cms-cy2025-anesthesia-cf-by-locality.utf16.txt"), 2025);
    assertEquals(109, c.localities().size());
    assertEquals(new BigDecimal("20.3178"), c.national());
    assertEquals(LocalDate.of(2024, 12, 23), c.version().released());
    assertEquals("HAWAII, GUAM", c.locality("01212", "01").name(), "a quoted name");
    assertEquals("ALASKA", c.locality("02102", "01").name(), "footnote marks dropped");
    assertEquals(new BigDecimal("27.86"), c.locality("02102", "01").factor());
    assertEquals(new BigDecimal("19.31"), c.locality("10112", "00").factor());
  }

  /**
   * Proof the columns were read as CMS meant them: each locality's factor is the national factor
   * times the GPCIs weighted by the anesthesia shares of the workbook's second sheet, to the cent.
   */
  @Test
  void everyLocalityFactorIsTheNationalFactorWeightedByItsGpcis() throws Exception {
    var shares =
        DelimitedText.parse(
            "shares",
            DelimitedText.decode("shares", shipped("cms-cy2025-anesthesia-shares.utf16.txt")),
            '\t');
    var weights = shares.get(3);
    BigDecimal work = new BigDecimal(weights.cell(0));
    BigDecimal pe = new BigDecimal(weights.cell(1));
    BigDecimal mp = new BigDecimal(weights.cell(2));
    byte[] file = shipped("cms-cy2025-anesthesia-cf-by-locality.utf16.txt");
    var rows = DelimitedText.parse("cf", DelimitedText.decode("cf", file), '\t');
    int checked = 0;
    for (var row : rows) {
      if (row.cell(0).matches("[0-9]{5}")) {
        BigDecimal expected =
            new BigDecimal("20.3178")
                .multiply(
                    work.multiply(new BigDecimal(row.cell(3)))
                        .add(pe.multiply(new BigDecimal(row.cell(4))))
                        .add(mp.multiply(new BigDecimal(row.cell(5)))))
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals(expected, new BigDecimal(row.cell(6)), "line " + row.line());
        checked++;
      }
    }
    assertEquals(109, checked);
  }

  /** From CY2026 CMS prints a second factor for qualifying APM participants. */
  static final String CY2026_TWO_FACTORS =
      "Locality-Adjusted Anesthesia Conversion Factors, CY 2026\t\t\t\t\t\t\t\r\n"
          + "Contractor\tLocality\tLocality Name\t2026 Work GPCI\t2026 PE GPCI\t2026 MP GPCI"
          + "\tNon-Qualifying APM Anes CF of 20.4976\tQualifying APM Anes CF of 20.5998\r\n"
          + "10112 \t00 \tALABAMA\t1.000 \t0.869 \t0.575 \t19.48 \t19.58 \r\n";

  @Test
  void aLocalityFileWithQualifyingApmFactorsKeepsBoth() {
    ConversionFactors c = CmsLocalityFile.parse("cf.txt", utf16(CY2026_TWO_FACTORS), 2026);
    assertEquals(new BigDecimal("20.4976"), c.national());
    assertEquals(new BigDecimal("20.5998"), c.qualifyingApmNational());
    assertEquals(new BigDecimal("19.48"), c.locality("10112", "00").factor());
    assertEquals(new BigDecimal("19.58"), c.locality("10112", "00").qualifyingApmFactor());
    var stored = (ConversionFactors) ReferenceRows.decode(c.version(), ReferenceRows.encode(c));
    assertEquals(c, stored, "both factors survive the stored form");
    var bad =
        assertThrows(
            ReferenceFileException.class,
            () ->
                CmsLocalityFile.parse(
                    "cf.txt", utf16(CY2026_TWO_FACTORS.replace("19.58 ", "n/a ")), 2026));
    assertTrue(bad.getMessage().contains("qualifying-APM factor 'n/a' is not a number"));
  }

  @Test
  void aLocalityFileNamesItsLineWhenARowIsWrong() {
    String file = LOCALITY_HEADER + "10112 \t00 \tALABAMA\t1.000 \t0.869 \t0.575 \t19,48 \r\n";
    var e =
        assertThrows(
            ReferenceFileException.class, () -> CmsLocalityFile.parse("cf.txt", utf16(file), 2026));
    assertEquals(4, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("factor '19,48' is not a number"));
  }

  @Test
  void aLocalityFileWithoutItsByteOrderMarkOrForAnotherYearIsRefused() {
    String row = "10112 \t00 \tALABAMA\t1.000 \t0.869 \t0.575 \t19.48 \r\n";
    byte[] noBom = (LOCALITY_HEADER + row).getBytes(StandardCharsets.UTF_16LE);
    var e =
        assertThrows(
            ReferenceFileException.class, () -> CmsLocalityFile.parse("cf.txt", noBom, 2026));
    assertEquals(0, e.problems().get(0).line(), e.getMessage());
    var wrongYear =
        assertThrows(
            ReferenceFileException.class,
            () -> CmsLocalityFile.parse("cf.txt", utf16(LOCALITY_HEADER + row), 2025));
    assertTrue(wrongYear.getMessage().contains("the header is for 2026, not 2025"));
  }

  @Test
  void aLocalityFileReadsItsReleaseDateAndNationalFactorFromTheTitleAndHeader() {
    String row = "10112 \t00 \t\"ALABAMA\"\t1.000 \t0.869 \t0.575 \t19.48 \r\n";
    ConversionFactors c = CmsLocalityFile.parse("cf.txt", utf16(LOCALITY_HEADER + row), 2026);
    assertEquals(LocalDate.of(2026, 1, 5), c.version().released());
    assertEquals(new BigDecimal("20.4976"), c.national());
    var noNational =
        assertThrows(
            ReferenceFileException.class,
            () ->
                CmsLocalityFile.parse(
                    "cf.txt", utf16(LOCALITY_HEADER.replace(" of 20.4976", "") + row), 2026));
    assertTrue(noNational.getMessage().contains("does not name the national factor"));
    assertNull(
        CmsBaseUnitFile.parse("b.txt", "CODE\tBASE UNIT\n01940\t4\n".getBytes(), 2024)
            .version()
            .released());
  }
}
