package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalFactorFileTest {
  static final String HEADER = "year,factor,value,verified,source\n";
  static final String CY2026 =
      HEADER
          + "2026,national,20.4976,true,CMS CY2026 PFS final rule\n"
          + "2026,qualifying-apm,20.5998,false,\"derived, not read in CMS's text\"\n";

  static ConversionFactors parse(String text, int year) {
    return NationalFactorFile.parse("cf.csv", bytes(text), year);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theShippedTableGivesCy2026ItsNationalFactors() throws Exception {
    String file = "medicare-anesthesia-national-cf.csv";
    byte[] shipped = Files.readAllBytes(ReferenceFixture.refdata().resolve(file));
    ConversionFactors c =
        assertInstanceOf(
            ConversionFactors.class,
            ReferenceFiles.parse(ReferenceTable.CONVERSION_FACTORS, file, shipped, 2026, null));
    assertEquals(new BigDecimal("20.4976"), c.national());
    assertTrue(c.nationalVerified());
    assertEquals(new BigDecimal("20.5998"), c.qualifyingApmNational());
    assertFalse(c.qualifyingApmVerified(), "derived from the two PFS factors, not CMS's text");
    assertTrue(c.localities().isEmpty());
    assertEquals("CY2026", c.version().version());
    assertEquals(LocalDate.of(2026, 12, 31), c.version().effectiveTo());
    assertNull(c.version().released(), "ours, not a CMS release: CMS's file replaces it");
    assertEquals(0, c.version().entries(), "no localities");
  }

  @Test
  void onlyTheYearAskedForIsRead() {
    String two = CY2026 + "2027,national,20.9000,true,a later rule\n";
    assertEquals(new BigDecimal("20.9000"), parse(two, 2027).national());
    assertNull(parse(two, 2027).qualifyingApmNational(), "no qualifying-APM row for 2027");
    assertTrue(parse(two, 2027).qualifyingApmVerified(), "nothing unverified to price on");
    assertEquals(new BigDecimal("20.4976"), parse(two, 2026).national());
  }

  @Test
  void cmsLocalityFilesAreStillReadAsSuch() {
    assertFalse(NationalFactorFile.recognises("cf.txt", bytes("Contractor\tLocality\n")));
    assertTrue(NationalFactorFile.recognises("cf.csv", bytes(CY2026)));
    assertFalse(NationalFactorFile.recognises("cf.csv", bytes("")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026,national,20.4976,true,x\\n2026,national,20.5,true,y | second 'national' row",
        "2026,qualifying-apm,20.5998,false,x | no 'national' factor for 2026",
        "2027,national,20.9,true,x | no 'national' factor for 2026",
        "26,national,20.4976,true,x | '26' is not a calendar year",
        "2026,locality,20.4976,true,x | neither national nor qualifying-apm",
        "2026,national,20,true,x | '20' is not a number",
        "2026,national,20.4976,yes,x | verified must be true or false",
        "2026,national,20.4976,true, | the source is empty",
      })
  void eachKindOfBadRowIsNamed(String rows, String problem) {
    var e =
        assertThrows(
            ReferenceFileException.class, () -> parse(HEADER + rows.replace("\\n", "\n"), 2026));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aBadRowOfAnotherYearStillRefusesTheFile() {
    var e =
        assertThrows(
            ReferenceFileException.class,
            () -> parse(CY2026 + "2027,national,twenty,true,x\n", 2026));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void theHeaderMustBeExactlyTheColumns() {
    for (String bad : List.of("", "year,factor,value,source\n2026,national,20.4976,x\n")) {
      var e = assertThrows(ReferenceFileException.class, () -> parse(bad, 2026));
      assertTrue(e.getMessage().contains("year,factor,value,verified,source"), e.getMessage());
    }
  }
}
