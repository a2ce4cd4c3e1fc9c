package com.claims01940.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ReferenceFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModifierFileTest {
  static final String HEADER = "code,level,effectiveFrom,effectiveTo,description\n";

  static ModifierSet parse(String text) {
    return ModifierFile.parse("m.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedTableHasEveryModifierTheRulesAndContractName() throws Exception {
    ModifierSet m =
        ModifierFile.parse(
            "modifiers.csv",
            Files.readAllBytes(ReferenceFixture.refdata().resolve("modifiers.csv")));
    LocalDate d = LocalDate.of(2026, 3, 14);
    for (String code :
        List.of(
            "AA", "AD", "QK", "QX", "QY", "QZ", "QS", "G8", "G9", "GA", "GZ", "P1", "P2", "P3",
            "P4", "P5", "P6", "22", "23", "26", "47", "50", "51", "59", "62", "66", "80", "81",
            "82", "AS", "TC", "XE", "XP", "XS", "XU", "KX")) {
      assertTrue(m.inForce(code, d), code);
    }
    for (String notOne : Set.of("ZZ", "7Z", "QQ")) {
      assertFalse(m.inForce(notOne, d), notOne);
    }
    assertEquals(LocalDate.of(2015, 1, 1), m.version().effectiveFrom());
  }

  @Test
  void columnsMayComeInAnyOrderAndDescriptionsMayBeQuoted() {
    ModifierSet m =
        parse(
            "description,code,effectiveTo,level,effectiveFrom\n"
                + "\"Ended, for a test\",Q9,2020-12-31,HCPCS,2016-01-01\n");
    assertTrue(m.inForce("Q9", LocalDate.of(2020, 12, 31)));
    assertFalse(m.inForce("Q9", LocalDate.of(2021, 1, 1)), "not after its end date");
    assertFalse(m.inForce("Q9", LocalDate.of(2015, 12, 31)), "nor before its start");
    assertEquals("Ended, for a test", m.rows().get(0).description());
    assertEquals("as of 2020-12-31", m.version().version());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Q9,HCPX,2016-01-01,,x|level 'HCPX' must be CPT or HCPCS",
        "AB,CPT,2016-01-01,,x|is not a CPT modifier",
        "22,HCPCS,2016-01-01,,x|is not a HCPCS modifier",
        "Q9,HCPCS,2016-13-01,,x|dates must be YYYY-MM-DD",
        "Q9,HCPCS,2016-01-01,2015-01-01,x|effectiveTo is before effectiveFrom",
        "Q9,HCPCS,2016-01-01,,|the description must be 1 to 100 characters",
      })
  void aBadRowIsRefusedWithItsLine(String row, String problem) {
    var e =
        assertThrows(
            ReferenceFileException.class,
            () -> parse(HEADER + "AA,HCPCS,2015-01-01,,ok\n" + row + "\n"));
    assertEquals(3, e.problems().get(0).line());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void overlappingRowsOfOneCodeOrAMissingColumnAreRefused() {
    var overlap =
        assertThrows(
            ReferenceFileException.class,
            () -> parse(HEADER + "Q9,HCPCS,2016-01-01,,a\nQ9,HCPCS,2019-01-01,,b\n"));
    assertTrue(overlap.getMessage().contains("overlaps"));
    parse(HEADER + "Q9,HCPCS,2016-01-01,2018-12-31,a\nQ9,HCPCS,2019-01-01,,b\n");
    var missing =
        assertThrows(
            ReferenceFileException.class,
            () -> parse("code,level,effectiveFrom\nQ9,HCPCS,2016-01-01\n"));
    assertEquals(1, missing.problems().get(0).line());
  }
}
