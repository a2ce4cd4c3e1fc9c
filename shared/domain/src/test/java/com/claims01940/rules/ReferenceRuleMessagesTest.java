package com.claims01940.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.reference.Icd10OrderFile;
import com.claims01940.reference.ReferenceRows;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.testing.ClaimFixture;
import com.claims01940.testing.ReferenceFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a biller reads when a code fails against the reference tables: what to bill instead. */
class ReferenceRuleMessagesTest {
  static final ClaimValidator VALIDATOR =
      new ClaimValidator(
          RuleEngine.standard(),
          InMemoryPolicyStore.seeded(),
          ReferenceStore.of(ReferenceFixture.shipped()));

  static List<String> messages(String code, String dateOfService, String codes, String pointer) {
    var claim =
        ClaimFixture.clean()
            .set("/dateOfService", "\"" + dateOfService + "\"")
            .set("/submissionDate", "\"" + dateOfService + "\"")
            .set(pointer, codes)
            .claim();
    return VALIDATOR.validate(claim, Scope.ALL).findings().stream()
        .filter(f -> f.code().equals(code))
        .map(Finding::message)
        .toList();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14|M54.5|Diagnosis code M54.5 is a header in ICD-10-CM FY2026, not a billable code"
            + ". Bill one of M54.50, M54.51, M54.59.",
        "2024-10-01|M51.36|Diagnosis code M51.36 is a header in ICD-10-CM FY2025, not a billable co"
            + "de. Bill one of M51.360, M51.361, M51.362, M51.369.",
        "2026-03-14|M48.06|Diagnosis code M48.06 is a header in ICD-10-CM FY2026, not a billable co"
            + "de. Bill one of M48.061, M48.062.",
        "2024-10-01|E66.8|Diagnosis code E66.8 is a header in ICD-10-CM FY2025, not a billable code"
            + ". Bill one of E66.811, E66.812, E66.813, E66.89.",
        "2026-03-14|M54.99|Diagnosis code M54.99 is not a code of ICD-10-CM FY2026.",
        "2024-09-30|M51.A3|Diagnosis code M51.A3 is not a code of ICD-10-CM FY2024.",
      })
  void diagnosisInvalidNamesWhatToBill(String date, String code, String message) {
    assertEquals(
        List.of(message),
        messages("COV-DIAGNOSIS-INVALID", date, "[\"" + code + "\"]", "/diagnosisCodes"));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14|ZZ|Modifier ZZ at position 2 is not in our modifier table for 2026-03-14; the table"
            + " lists the HCPCS Level II modifiers anesthesia claims use, not CMS's whole HCPCS list, so"
            + " check it there.",
        "2022-12-31|JZ|Modifier JZ at position 2 is not a CPT/HCPCS modifier in force on 2022-12-31.",
      })
  void modifierUnknownNamesTheDate(String date, String modifier, String message) {
    assertEquals(
        List.of(message),
        messages("MOD-UNKNOWN", date, "[\"AA\",\"" + modifier + "\"]", "/anesthesia/modifiers"));
  }

  /**
   * M48.06's own transition (split on 2017-10-01) predates the shipped years, so it is shown on two
   * fiscal years built for the test, the day before and the day of: billable in FY2017, a header
   * with two billable codes in FY2018, and from then on the message names them.
   */
  @Test
  void m4806SplitOnTheFirstDayOfFy2018() {
    String fy2017 =
        "18000 M4806   1 Spinal stenosis, lumbar region                               x\n";
    String fy2018 =
        "18000 M4806   0 Spinal stenosis, lumbar region                               x\n"
            + "18001 M48061  1 Spinal stenosis, lumbar region without neurogenic claud      x\n"
            + "18002 M48062  1 Spinal stenosis, lumbar region with neurogenic claudication  x\n";
    var tables =
        ReferenceRows.assemble(
            List.of(
                Icd10OrderFile.parse("fy2017", fy2017.getBytes(), 2017, List.of("M48.0")),
                Icd10OrderFile.parse("fy2018", fy2018.getBytes(), 2018, List.of("M48.0"))));
    var validator =
        new ClaimValidator(
            RuleEngine.standard(), InMemoryPolicyStore.seeded(), ReferenceStore.of(tables));
    java.util.function.Function<String, List<String>> invalid =
        date ->
            validator
                .validate(
                    ClaimFixture.clean()
                        .set("/dateOfService", "\"" + date + "\"")
                        .set("/diagnosisCodes", "[\"M48.06\"]")
                        .claim(),
                    Scope.COVERAGE)
                .findings()
                .stream()
                .filter(f -> f.code().equals("COV-DIAGNOSIS-INVALID"))
                .map(Finding::message)
                .toList();
    assertEquals(List.of(), invalid.apply("2017-09-30"));
    assertEquals(
        List.of(
            "Diagnosis code M48.06 is a header in ICD-10-CM FY2018, not a billable code. Bill one of"
                + " M48.061, M48.062."),
        invalid.apply("2017-10-01"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-09-30|No ICD-10-CM version is loaded for 2017-09-30; the diagnosis codes were checked by shape only.",
        "2027-11-10|No ICD-10-CM version is loaded for 2027-11-10; the diagnosis codes were checked"
            + " against FY2027, the latest loaded before it.",
      })
  void notLoadedNamesTheTableAndTheDate(String date, String message) {
    assertEquals(
        List.of(message),
        messages("COV-CODESET-NOT-LOADED", date, "[\"M47.816\"]", "/diagnosisCodes"));
  }
}
