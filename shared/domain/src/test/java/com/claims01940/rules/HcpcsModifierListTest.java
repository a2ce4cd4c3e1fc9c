package com.claims01940.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.reference.CmsHcpcsFile;
import com.claims01940.reference.ReferenceContent;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceRows;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.testing.ClaimFixture;
import com.claims01940.testing.ReferenceFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MOD-UNKNOWN once an operator has loaded CMS's HCPCS file (here its January 2026 records beside
 * the shipped tables): CMS's list is complete, so a Level II code it lacks is an ERROR in its
 * quarter; past the quarter it is checked against that list at WARNING; CPT stays with our table.
 */
class HcpcsModifierListTest {
  static final ClaimValidator VALIDATOR = validator();

  static ClaimValidator validator() {
    List<ReferenceContent> all = new ArrayList<>();
    ReferenceData shipped = ReferenceFixture.shipped();
    all.addAll(shipped.icd10());
    all.addAll(shipped.modifiers());
    all.addAll(shipped.baseUnits());
    all.addAll(shipped.conversionFactors());
    all.addAll(shipped.jurisdictions());
    all.add(
        CmsHcpcsFile.parse(
            "HCPC2026_JAN_ANWEB_01122026.txt", ReferenceFixture.hcpcsRecords(), 2026));
    return new ClaimValidator(
        RuleEngine.standard(),
        InMemoryPolicyStore.seeded(),
        ReferenceStore.of(ReferenceRows.assemble(all)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // In the file's quarter: CMS's complete list decides.
        "2026-02-10|GF|none|",
        "2026-02-10|ZZ|ERROR|Modifier ZZ at position 2 is not a HCPCS Level II modifier in force on"
            + " 2026-02-10 (CMS's HCPCS file 2026 JAN).",
        "2026-02-10|QS|ERROR|Modifier QS at position 2 is not a HCPCS Level II modifier in force on"
            + " 2026-02-10 (CMS's HCPCS file 2026 JAN).",
        "2024-12-31|JG|none|",
        "2025-01-01|JG|ERROR|Modifier JG at position 2 is not a HCPCS Level II modifier in force on"
            + " 2025-01-01 (CMS's HCPCS file 2026 JAN).",
        "2019-12-31|GD|none|",
        "2020-01-01|GD|ERROR|Modifier GD at position 2 is not a HCPCS Level II modifier in force on"
            + " 2020-01-01 (CMS's HCPCS file 2026 JAN).",
        // CPT modifiers are not in CMS's file: our table decides, as before.
        "2026-02-10|44|ERROR|Modifier 44 at position 2 is not a CPT/HCPCS modifier in force on"
            + " 2026-02-10.",
        "2026-02-10|59|none|",
        // After the quarter: checked against the latest list, at WARNING.
        "2026-11-10|GF|none|",
        "2026-11-10|ZZ|WARNING|Modifier ZZ at position 2 was not a HCPCS Level II modifier in force"
            + " when CMS's HCPCS file 2026 JAN, the latest loaded, ended (2026-03-31); a later"
            + " quarter may have added it, so check CMS's current file.",
        "2026-11-10|JG|WARNING|Modifier JG at position 2 was not a HCPCS Level II modifier in force"
            + " when CMS's HCPCS file 2026 JAN, the latest loaded, ended (2026-03-31); a later"
            + " quarter may have added it, so check CMS's current file.",
      })
  void cmsListDecidesLevelTwo(String date, String modifier, String severity, String message) {
    var claim =
        ClaimFixture.clean()
            .set("/dateOfService", "\"" + date + "\"")
            .set("/submissionDate", "\"" + date + "\"")
            .set("/anesthesia/modifiers", "[\"AA\",\"" + modifier + "\"]")
            .claim();
    List<String> found =
        VALIDATOR.validate(claim, Scope.ALL).findings().stream()
            .filter(f -> f.code().equals("MOD-UNKNOWN"))
            .map(f -> f.severity() + " " + f.message())
            .toList();
    assertEquals(severity == null ? List.of() : List.of(severity + " " + message), found);
  }
}
