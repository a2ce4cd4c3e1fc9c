package com.claims01940.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.testing.ClaimFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReaderTest {

  static List<FieldError> errors(ClaimReadResult r) {
    return assertInstanceOf(ClaimReadResult.Invalid.class, r, "expected a 400 result").errors();
  }

  static List<FieldError> errorsFor(String pointer, String json) {
    return errors(ClaimReader.read(ClaimFixture.clean().set(pointer, json).bytes()));
  }

  @Test
  void contractExampleIsValidAndNormalised() {
    var claim =
        assertInstanceOf(
                ClaimReadResult.Valid.class,
                ClaimReader.read(
                    ClaimFixture.clean()
                        .set("/payerId", "\"medicare\"")
                        .set("/anesthesia/type", "\"mac\"")
                        .set("/anesthesia/modifiers", "[\"aa\",\"qs\"]")
                        .bytes()))
            .claim();
    assertEquals("MEDICARE", claim.payerId());
    assertEquals("MAC", claim.anesthesia().type());
    assertEquals(List.of("AA", "QS"), claim.modifiers());
    assertEquals(47, claim.anesthesia().minutes());
    assertEquals(85, claim.documentation().priorDiagnosticBlocks().get(0).reliefPercent());
    assertEquals(80, claim.history().get(0).reliefPercent());
    assertEquals(30, claim.history().get(0).reliefWeeks());
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/dateOfService | \"2026-02-30\" | must be a real calendar date YYYY-MM-DD",
        "/dateOfService | \"03/14/2026\" | must be a real calendar date YYYY-MM-DD",
        "/dateOfService | 20260314 | must be a date string YYYY-MM-DD",
        "/submissionDate | \"2026-03-13\" | must not be before dateOfService",
        "/anesthesia/startTime | \"2026-03-14T08:02:00\" |"
            + " must be a real date-time with offset, e.g. 2026-03-14T08:02:00-05:00",
        "/anesthesia/startTime | \"2026-03-14T25:02:00-05:00\" |"
            + " must be a real date-time with offset, e.g. 2026-03-14T08:02:00-05:00",
        "/anesthesia/minutes | 1441 | must be between 0 and 1440",
        "/anesthesia/minutes | -1 | must be between 0 and 1440",
        "/anesthesia/minutes | 47.5 | must be a whole number",
        "/anesthesia/minutes | \"47\" | must be a whole number",
        "/anesthesia/minutes | 1e400 | must be between 0 and 1440",
        "/anesthesia/concurrentCases | 0 | must be between 1 and 99",
        "/anesthesia/concurrentCases | 100 | must be between 1 and 99",
        "/documentation/asaPhysicalStatus | 7 | must be between 1 and 6",
        "/documentation/priorDiagnosticBlocks/0/reliefPercent | 101 | must be between 0 and 100",
        "/history/0/reliefPercent | 101 | must be between 0 and 100",
        "/history/0/reliefWeeks | -1 | must be between 0 and 520",
        "/patient/bmi | 9.9 | must be between 10 and 100",
        "/patient/bmi | 100.1 | must be between 10 and 100",
        "/patient/birthDate | \"2026-03-15\" | must not be after dateOfService",
        "/anesthesia/type | \"SPINAL\" | must be one of GENERAL, MAC, MODERATE_SEDATION, REGIONAL",
        "/procedure/modality | 3 | must be a string",
        "/renderingProvider/npi | \"12345\" | must be a 10-digit NPI",
        "/placeOfService | \"024\" | must be a two-digit place-of-service code",
        "/procedure/levels/0 | \"lumbar\" | must be a spinal level such as L4-L5 or S1",
        "/anesthesia/presentAtInduction | \"yes\" | must be true or false",
        "/anesthesia/modifiers | \"AA\" | must be an array",
        "/anesthesia/modifiers/0 | null | must not be null",
        "/patient | [] | must be an object",
        "/claimId | \"C 1001\" | must use only letters, digits and . _ : / -",
        "/claimId | \"   \" | must not be blank",
        "/documentation/indication | \"bad\\u0000text\" | must not contain control characters",
      })
  void eachMalformedFieldIsNamed(String pointer, String json, String message) {
    List<FieldError> errors = errorsFor(pointer, json);
    assertEquals(List.of(new FieldError(pointer, message)), errors);
  }

  @Test
  void requiredFieldsAreAllReportedAtOnce() {
    var errors =
        errors(
            ClaimReader.read(
                ClaimFixture.clean()
                    .remove("/claimId")
                    .remove("/payerId")
                    .remove("/dateOfService")
                    .remove("/anesthesia/procedureCode")
                    .bytes()));
    assertEquals(
        List.of("/claimId", "/payerId", "/dateOfService", "/anesthesia/procedureCode"),
        errors.stream().map(FieldError::field).toList());
    assertTrue(errors.stream().allMatch(e -> e.message().equals("is required")));
  }

  @Test
  void missingAnesthesiaObjectIsRequired() {
    assertEquals(
        List.of(new FieldError("/anesthesia", "is required")),
        errors(ClaimReader.read(ClaimFixture.clean().remove("/anesthesia").bytes())));
  }

  @Test
  void capsOnStringsAndArrays() {
    assertEquals(
        "must be at most 2000 characters",
        errorsFor("/documentation/indication", "\"" + "x".repeat(2001) + "\"").get(0).message());
    String eleven =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> "\"AA\"")
            .collect(Collectors.joining(",", "[", "]"));
    assertEquals(
        "must have at most 10 items", errorsFor("/anesthesia/modifiers", eleven).get(0).message());
  }

  @Test
  void otherProcedureCodeIsOutOfScope() {
    var r =
        ClaimReader.read(
            ClaimFixture.clean().set("/anesthesia/procedureCode", "\"01939\"").bytes());
    var out = assertInstanceOf(ClaimReadResult.OutOfScope.class, r);
    assertEquals("01939", out.procedureCode());
    assertEquals("C-1001", out.claimId());
  }

  @Test
  void malformedClaimForOtherCodeIsStillA400() {
    var r =
        ClaimReader.read(
            ClaimFixture.clean()
                .set("/anesthesia/procedureCode", "\"01939\"")
                .set("/dateOfService", "\"2026-13-01\"")
                .bytes());
    assertEquals("/dateOfService", errors(r).get(0).field());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | body is empty; a claim object is required",
        "[1,2] | body must be a JSON object (a claim)",
        "\"text\" | body must be a JSON object (a claim)",
        "{\"claimId\": | body is not valid JSON (line 1, column 12)",
        "{\"a\":1} {\"b\":2} | body is not valid JSON (line 1, column 9)",
        "{\"claimId\":\"A\",\"claimId\":\"B\"} | Duplicate field 'claimId' (line 1, column 26)",
        "{\"patient\":{\"sex\":\"F\",\"sex\":{}}} | Duplicate field 'sex' (line 1, column 29)",
      })
  void bodyLevelProblems(String body, String message) {
    assertEquals(
        List.of(new FieldError("", message)),
        errors(ClaimReader.read(body.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void deepNestingIsRejectedByTheParserLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    var errors = errors(ClaimReader.read(deep.getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        errors.get(0).message().startsWith("body exceeds a parser limit"), errors.toString());
  }

  @Test
  void invalidUtf8IsABadRequest() {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals("", errors(ClaimReader.read(body)).get(0).field());
  }

  @Test
  void messagesNeverEchoTheValue() {
    String marker = "PHI-MARKER-7731";
    var errors = errorsFor("/dateOfService", "\"" + marker + "\"");
    assertFalse(errors.toString().contains(marker));
    var parseErrors =
        errors(
            ClaimReader.read(("{\"claimId\": " + marker + "}").getBytes(StandardCharsets.UTF_8)));
    assertFalse(parseErrors.toString().contains(marker), parseErrors.toString());
  }
}
