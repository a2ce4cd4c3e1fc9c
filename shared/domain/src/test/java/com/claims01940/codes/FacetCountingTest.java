package com.claims01940.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.Claim;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.rules.Scope;
import com.claims01940.testing.ClaimFixture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Joints, sessions and sides as a coder counts them, and the messages that say so. */
class FacetCountingTest {
  private static final CodeSets CODES = CodeSets.load();
  private static final ClaimValidator VALIDATOR =
      new ClaimValidator(RuleEngine.standard(), InMemoryPolicyStore.seeded());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "L4-L5               | L4-L5",
        // Nerves supply the joint of their own level and the one below the level above: Lk, Lk+1
        // treat L(k+1)-L(k+2), L6 read as S1 (contract v1.2).
        "L3 L4               | L4-L5",
        "L4 L5               | L5-S1",
        "L3 L4 L5            | L4-L5 L5-S1",
        "L5 L4 L3            | L4-L5 L5-S1",
        "L1 L2               | L2-L3",
        "L5 S1               | L5-S1",
        "L3 L5               | L3 L5",
        "L2 L3 L5 S1         | L3-L4 L5-S1",
        "L4-L5 L3 L4         | L4-L5",
        "L4-L5 L4 L5         | L4-L5 L5-S1",
        "L4 L4 L5            | L5-S1",
        "T12-L1 L1 L2        | T12-L1 L2-L3",
      })
  void jointsFromLevels(String levels, String joints) {
    assertEquals(
        List.of(joints.split(" ")),
        List.copyOf(FacetCounting.joints(Arrays.asList(levels.split(" ")), CODES)));
  }

  static Claim claim(String historyJson, String levelsJson, String laterality) {
    ClaimFixture f =
        ClaimFixture.clean().set("/history", historyJson).set("/procedure/levels", levelsJson);
    if (laterality != null) {
      f.set("/procedure/laterality", "\"" + laterality + "\"");
    }
    return f.claim();
  }

  @Test
  void sessionsAreLumbarDatesBeforeTheDayOfService() {
    Claim c =
        claim(
            """
        [{"dateOfService":"2025-06-02","procedureCode":"64635","levels":["L4-L5"]},
         {"dateOfService":"2025-06-02","procedureCode":"64636","levels":["L5-S1"]},
         {"dateOfService":"2025-07-01","procedureCode":"64633","levels":["C5-C6"]},
         {"dateOfService":"2025-08-01","procedureCode":"64490","levels":["L4-L5"]},
         {"dateOfService":"2026-03-14","procedureCode":"64636","levels":["L5-S1"]},
         {"dateOfService":"2025-09-01","procedureCode":"64635"}]""",
            "[\"L4-L5\"]",
            null);
    var sessions = FacetCounting.priorSessions(c, CODES);
    assertEquals(2, sessions.size(), sessions.toString());
    assertEquals(List.of(0, 1), sessions.get(0).entries());
    assertEquals(List.of(5), sessions.get(1).entries());
  }

  @Test
  void firstTimeJointsNameTheSideWhereTheClaimHasOne() {
    String left =
        "[{\"dateOfService\":\"2025-06-02\",\"procedureCode\":\"64635\","
            + "\"levels\":[\"L4-L5\"],\"laterality\":\"LEFT\"}]";
    assertEquals(
        List.of("L4-L5 (right)", "L5-S1 (left)", "L5-S1 (right)"),
        FacetCounting.firstTimeJoints(claim(left, "[\"L4-L5\",\"L5-S1\"]", "BILATERAL"), CODES));
    assertEquals(
        List.of("L5-S1"),
        FacetCounting.firstTimeJoints(claim(left, "[\"L4-L5\",\"L5-S1\"]", null), CODES));
    // The L3 and L4 nerves supply the L4-L5 joint treated before; the L4 and L5 nerves supply
    // L5-S1.
    assertEquals(
        List.of(), FacetCounting.firstTimeJoints(claim(left, "[\"L3\",\"L4\"]", "LEFT"), CODES));
    assertEquals(
        List.of("L5-S1 (left)"),
        FacetCounting.firstTimeJoints(claim(left, "[\"L4\",\"L5\"]", "LEFT"), CODES));
  }

  static String message(String code, String payer, ClaimFixture fixture) {
    Claim c = fixture.payer(payer).claim();
    var report = VALIDATOR.validate(c, Scope.ALL);
    return report.findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void messagesSayWhatWasCounted() {
    String qz =
        message(
            "MOD-PROVIDER-MISMATCH",
            "MEDICARE",
            ClaimFixture.clean()
                .set("/renderingProvider/role", "\"ANESTHESIOLOGIST_ASSISTANT\"")
                .set("/anesthesia/modifiers", "[\"QZ\"]"));
    assertTrue(qz.contains("always medically directed and bills QX"), qz);
    String perSide =
        message(
            "COV-LEVELS-EXCEEDED",
            "CIGNA",
            ClaimFixture.clean()
                .set("/procedure/levels", "[\"L1\",\"L2\",\"L3\",\"L4\",\"L5\"]")
                .set("/procedure/laterality", "\"LEFT\""));
    assertEquals(
        "4 facet joints on the left side (L2-L3, L3-L4, L4-L5, L5-S1); Cigna allows 3 per side.",
        perSide);
    String blocks =
        message(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            "MEDICARE",
            ClaimFixture.clean()
                .set("/procedure/levels", "[\"L4-L5\",\"L5-S1\"]")
                .set("/documentation/priorDiagnosticBlocks", "[]"));
    assertTrue(blocks.endsWith("before the first denervation of L5-S1; 0 documented."), blocks);
    String age =
        message(
            "COV-QUALIFYING-CIRCUMSTANCE-AGE",
            "MEDICARE",
            ClaimFixture.clean()
                .set("/anesthesia/qualifyingCircumstances", "[\"99100\"]")
                .set("/patient/birthDate", "\"1955-03-15\""));
    assertTrue(age.contains("the patient is 70 (completed years)"), age);
  }
}
