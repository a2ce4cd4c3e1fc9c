package com.claims01940.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleCatalog;
import com.claims01940.engine.RuleEngine;
import com.claims01940.engine.ValidationReport;
import com.claims01940.json.Json;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.SeedPolicies;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.testing.ClaimFixture;
import com.claims01940.testing.ReferenceFixture;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, both ways: rows where its code must appear (at the stated severity) and rows where it
 * must not. Each row starts from the contract's clean example claim and states only what differs.
 */
class RuleTableTest {
  private static final RuleEngine ENGINE = RuleEngine.standard();

  /** A change to the claim ("claim") or to the payer's seed policy document ("policy"). */
  record Edit(boolean policy, String pointer, String json) {
    @Override
    public String toString() {
      return (policy ? "policy" : "") + pointer + (json == null ? " removed" : "=" + json);
    }
  }

  record Case(String code, boolean fires, Severity severity, String payer, List<Edit> edits) {
    @Override
    public String toString() {
      return code + (fires ? " fires " + severity : " silent") + " for " + payer + " " + edits;
    }
  }

  static Edit set(String pointer, String json) {
    return new Edit(false, pointer, json);
  }

  static Edit rm(String pointer) {
    return new Edit(false, pointer, null);
  }

  /** The claim on another date of service (submitted six days later, as the clean claim is). */
  static Edit on(String date) {
    return new Edit(false, "/dateOfService", "\"" + date + "\"");
  }

  static Edit policy(String pointer, String json) {
    return new Edit(true, pointer, json);
  }

  static Case fires(String code, Severity severity, String payer, Edit... edits) {
    return new Case(code, true, severity, payer, List.of(edits));
  }

  static Case silent(String code, String payer, Edit... edits) {
    return new Case(code, false, null, payer, List.of(edits));
  }

  static final String M = "MEDICARE";
  static final Severity E = Severity.ERROR;
  static final Severity W = Severity.WARNING;
  static final Severity I = Severity.INFO;
  static final Edit MODS_QK = set("/anesthesia/modifiers", "[\"QK\",\"QS\",\"P3\"]");
  static final Edit FIRST_RF = set("/history", "[]");
  static final Edit NO_RISK =
      set("/documentation/sedationJustification/riskFactors", "[\"PATIENT_PREFERENCE\"]");
  static final Edit ASA_2 = set("/documentation/asaPhysicalStatus", "2");
  static final Edit BLOCKS_79 = set("/documentation/priorDiagnosticBlocks/1/reliefPercent", "79");
  static final String C = "CIGNA";

  static Edit history(String... entries) {
    return set("/history", "[" + String.join(",", entries) + "]");
  }

  /** A history entry: date, code, levels joined by '+', and laterality (or null). */
  static String entry(String date, String code, String levels, String laterality) {
    String lv = levels.isEmpty() ? "" : ",\"levels\":[\"" + levels.replace("+", "\",\"") + "\"]";
    String side = laterality == null ? "" : ",\"laterality\":\"" + laterality + "\"";
    return "{\"dateOfService\":\""
        + date
        + "\",\"procedureCode\":\""
        + code
        + "\""
        + lv
        + side
        + "}";
  }

  static Edit levels(String... levels) {
    return set("/procedure/levels", "[\"" + String.join("\",\"", levels) + "\"]");
  }

  static Edit side(String laterality) {
    return set("/procedure/laterality", "\"" + laterality + "\"");
  }

  static Edit circumstances(String... codes) {
    return set("/anesthesia/qualifyingCircumstances", "[\"" + String.join("\",\"", codes) + "\"]");
  }

  /** The claim's Medicare contractor and locality, which name its MAC jurisdiction. */
  static Edit mac(String contractor, String locality) {
    return set(
        "/pricingLocality",
        "{\"contractor\":\"" + contractor + "\",\"locality\":\"" + locality + "\"}");
  }

  static final Edit GENERAL = set("/anesthesia/type", "\"GENERAL\"");

  static Edit born(String date) {
    return set("/patient/birthDate", "\"" + date + "\"");
  }

  static List<Case> cases() {
    List<Case> all = new java.util.ArrayList<>(rows());
    all.addAll(nearMisses());
    return all;
  }

  /**
   * For each code whose other silent rows are the clean claim as it is: the claim moved towards the
   * rule's condition, one step short of it (a row that would fire if the rule's boundary moved).
   */
  static List<Case> nearMisses() {
    return List.of(
        silent("COV-DIAGNOSIS-MISSING", M, set("/diagnosisCodes", "[\"M47.817\"]")),
        silent("COV-PAYER-UNKNOWN", "medicare"),
        silent("COV-PHYSICAL-STATUS-NOT-PAYABLE", M, mods("AA", "QS")),
        silent("COV-SURGEON-ANESTHESIA", M, set("/procedure/performingNpi", "\"1234567894\"")),
        silent(
            "DOC-AGENT-MISSING",
            M,
            set("/documentation/neurolyticAgent", "{\"name\":\"RADIOFREQUENCY\"}")),
        silent(
            "DOC-ANESTHESIA-TYPE-MISMATCH",
            M,
            GENERAL,
            set("/documentation/anesthesiaType", "\"GENERAL\"")),
        silent(
            "DOC-ANESTHESIA-TYPE-MISSING", M, set("/documentation/anesthesiaType", "\"GENERAL\"")),
        silent("DOC-ASA-STATUS-MISSING", M, set("/documentation/asaPhysicalStatus", "1")),
        silent("DOC-CONSENT-MISSING", M, rm("/documentation/preAnesthesiaEvaluation")),
        silent("DOC-CROSSWALK-MISMATCH", M, set("/procedure/code", "\"64636\"")),
        silent("DOC-IMAGING-MISSING", M, set("/documentation/imagingGuidance", "\"CT\"")),
        silent("DOC-INDICATION-MISSING", M, set("/documentation/indication", "\"x\"")),
        silent("DOC-LEVELS-MISSING", M, set("/documentation/levelsTreated", "[\"L5-S1\"]")),
        silent(
            "DOC-POSTPROCEDURE-MISSING", M, set("/documentation/postProcedureCondition", "\"ok\"")),
        silent("DOC-PREANESTHESIA-EVAL-MISSING", M, rm("/documentation/informedConsent")),
        silent("DOC-TIME-MISSING", M, rm("/anesthesia/minutes")),
        silent("MOD-22-REVIEW", M, mods("AA", "QS", "P3", "23")),
        silent("MOD-DISTINCT-SERVICE-ON-ANESTHESIA", M, mods("AA", "QS", "P3", "XX")),
        silent("MOD-DUPLICATE", M, mods("AA", "QS", "P3", "P4")),
        silent("MOD-G8-NOT-ALLOWED", M, mods("AA", "G9", "P3")),
        silent("MOD-NOT-APPLICABLE", M, mods("AA", "QS", "P3", "52")),
        silent("MOD-P6-IMPLAUSIBLE", M, mods("AA", "QS", "P5")),
        silent("MOD-PHYSICAL-STATUS-MISMATCH", M, ASA_2, mods("AA", "QS", "P2")),
        silent("MOD-PHYSICAL-STATUS-MULTIPLE", M, mods("AA", "P3", "QS")),
        silent("MOD-PRICING-MISSING", M, mods("QZ", "QS", "P3")),
        silent("MOD-PRICING-MULTIPLE", M, mods("QK", "QS", "P3")),
        silent("MOD-PRICING-POSITION", M, mods("QX", "QS", "P3")));
  }

  static Edit mods(String... modifiers) {
    return set("/anesthesia/modifiers", "[\"" + String.join("\",\"", modifiers) + "\"]");
  }

  static List<Case> rows() {
    return List.of(
        // Modifiers
        fires("MOD-PRICING-MISSING", E, M, set("/anesthesia/modifiers", "[\"QS\",\"P3\"]")),
        silent("MOD-PRICING-MISSING", M),
        fires("MOD-PRICING-MULTIPLE", E, M, set("/anesthesia/modifiers", "[\"AA\",\"QK\"]")),
        silent("MOD-PRICING-MULTIPLE", M),
        fires("MOD-PRICING-POSITION", E, M, set("/anesthesia/modifiers", "[\"QS\",\"AA\",\"P3\"]")),
        fires(
            "MOD-PRICING-POSITION",
            W,
            "AETNA",
            set("/anesthesia/modifiers", "[\"QS\",\"AA\",\"P3\"]")),
        fires(
            "MOD-PRICING-POSITION",
            E,
            "BCBS",
            set("/anesthesia/modifiers", "[\"QS\",\"AA\",\"P3\"]")),
        silent("MOD-PRICING-POSITION", M),
        fires("MOD-PROVIDER-MISMATCH", E, M, set("/renderingProvider/role", "\"CRNA\"")),
        fires(
            "MOD-PROVIDER-MISMATCH", E, M, set("/anesthesia/modifiers", "[\"QZ\",\"QS\",\"P3\"]")),
        silent(
            "MOD-PROVIDER-MISMATCH",
            M,
            set("/renderingProvider/role", "\"crna\""),
            set("/anesthesia/modifiers", "[\"QZ\",\"QS\",\"P3\"]")),
        // An anesthesiologist assistant is always medically directed: QX, never QZ.
        fires(
            "MOD-PROVIDER-MISMATCH",
            E,
            M,
            set("/renderingProvider/role", "\"ANESTHESIOLOGIST_ASSISTANT\""),
            set("/anesthesia/modifiers", "[\"QZ\",\"QS\",\"P3\"]")),
        silent(
            "MOD-PROVIDER-MISMATCH",
            M,
            set("/renderingProvider/role", "\"ANESTHESIOLOGIST_ASSISTANT\""),
            set("/anesthesia/modifiers", "[\"QX\",\"QS\",\"P3\"]")),
        fires("MOD-CONCURRENCY-MISMATCH", E, M, MODS_QK),
        fires("MOD-CONCURRENCY-MISMATCH", E, M, MODS_QK, set("/anesthesia/concurrentCases", "5")),
        silent("MOD-CONCURRENCY-MISMATCH", M, MODS_QK, set("/anesthesia/concurrentCases", "4")),
        fires(
            "MOD-CONCURRENCY-MISMATCH",
            E,
            M,
            set("/anesthesia/modifiers", "[\"AD\"]"),
            set("/anesthesia/concurrentCases", "4")),
        silent(
            "MOD-CONCURRENCY-MISMATCH",
            M,
            set("/anesthesia/modifiers", "[\"AD\"]"),
            set("/anesthesia/concurrentCases", "5")),
        fires("MOD-CONCURRENCY-MISMATCH", E, M, set("/anesthesia/concurrentCases", "2")),
        silent("MOD-CONCURRENCY-MISMATCH", M),
        // A teaching anesthesiologist (AA with GC) may direct two concurrent resident cases, not
        // three.
        silent(
            "MOD-CONCURRENCY-MISMATCH",
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"GC\",\"QS\",\"P3\"]"),
            set("/anesthesia/concurrentCases", "2")),
        fires(
            "MOD-CONCURRENCY-MISMATCH",
            E,
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"GC\",\"QS\",\"P3\"]"),
            set("/anesthesia/concurrentCases", "3")),
        // A CRNA without medical direction (QZ) works one case at a time.
        silent(
            "MOD-CONCURRENCY-MISMATCH",
            M,
            set("/renderingProvider/role", "\"CRNA\""),
            set("/anesthesia/modifiers", "[\"QZ\",\"QS\",\"P3\"]")),
        fires(
            "MOD-CONCURRENCY-MISMATCH",
            E,
            M,
            set("/renderingProvider/role", "\"CRNA\""),
            set("/anesthesia/modifiers", "[\"QZ\",\"QS\",\"P3\"]"),
            set("/anesthesia/concurrentCases", "2")),
        fires("MOD-NOT-APPLICABLE", E, M, set("/anesthesia/modifiers", "[\"AA\",\"47\"]")),
        silent("MOD-NOT-APPLICABLE", M),
        fires("MOD-G8-NOT-ALLOWED", E, M, set("/anesthesia/modifiers", "[\"AA\",\"G8\",\"P3\"]")),
        silent("MOD-G8-NOT-ALLOWED", M),
        fires("MOD-MAC-INCONSISTENT", E, M, set("/anesthesia/type", "\"GENERAL\"")),
        fires("MOD-MAC-INCONSISTENT", W, M, set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")),
        silent("MOD-MAC-INCONSISTENT", "AETNA", set("/anesthesia/modifiers", "[\"AA\",\"P3\"]")),
        silent("MOD-MAC-INCONSISTENT", M),
        fires(
            "MOD-PHYSICAL-STATUS-MULTIPLE",
            E,
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"P3\",\"P4\"]")),
        silent("MOD-PHYSICAL-STATUS-MULTIPLE", M),
        fires(
            "MOD-PHYSICAL-STATUS-MISSING",
            E,
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"QS\"]"),
            policy("/parameters/physicalStatusRequired/value", "\"ERROR\"")),
        silent("MOD-PHYSICAL-STATUS-MISSING", M, set("/anesthesia/modifiers", "[\"AA\",\"QS\"]")),
        fires("MOD-PHYSICAL-STATUS-MISMATCH", W, M, ASA_2),
        silent("MOD-PHYSICAL-STATUS-MISMATCH", M),
        fires("MOD-P6-IMPLAUSIBLE", E, M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"P6\"]")),
        silent("MOD-P6-IMPLAUSIBLE", M),
        fires("MOD-DUPLICATE", E, M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"QS\"]")),
        silent("MOD-DUPLICATE", M),
        fires(
            "MOD-TOO-MANY",
            E,
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"P3\",\"GC\",\"GA\"]")),
        silent("MOD-TOO-MANY", M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"P3\",\"GC\"]")),
        fires("MOD-UNKNOWN", E, M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"ABC\"]")),
        silent("MOD-UNKNOWN", M),
        // Shaped like a modifier, but none: the modifier table knows (issue 11).
        // Not in our table, which is not CMS's whole HCPCS list: a WARNING (contract v1.2); a
        // two-digit CPT modifier it lacks is an ERROR.
        fires("MOD-UNKNOWN", W, M, set("/anesthesia/modifiers", "[\"AA\",\"ZZ\"]")),
        fires("MOD-UNKNOWN", W, M, set("/anesthesia/modifiers", "[\"AA\",\"7Z\"]")),
        fires("MOD-UNKNOWN", W, M, set("/anesthesia/modifiers", "[\"AA\",\"QQ\"]")),
        fires("MOD-UNKNOWN", E, M, set("/anesthesia/modifiers", "[\"AA\",\"44\"]")),
        silent("MOD-UNKNOWN", M, set("/anesthesia/modifiers", "[\"QZ\",\"GF\"]")),
        silent("MOD-UNKNOWN", M, set("/anesthesia/modifiers", "[\"AA\",\"GR\"]")),
        // Telemedicine 95 from 2017, habilitative/rehabilitative 96/97 from 2018 (CPT).
        fires(
            "MOD-UNKNOWN", E, M, on("2016-12-31"), set("/anesthesia/modifiers", "[\"AA\",\"95\"]")),
        silent("MOD-UNKNOWN", M, on("2017-01-01"), set("/anesthesia/modifiers", "[\"AA\",\"95\"]")),
        fires(
            "MOD-UNKNOWN", E, M, on("2017-12-31"), set("/anesthesia/modifiers", "[\"AA\",\"97\"]")),
        silent("MOD-UNKNOWN", M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"P3\",\"XU\"]")),
        // A modifier is known from the day it takes effect (JZ: 2023-01-01; 93: 2022-01-01).
        fires(
            "MOD-UNKNOWN", E, M, on("2022-12-31"), set("/anesthesia/modifiers", "[\"AA\",\"JZ\"]")),
        silent("MOD-UNKNOWN", M, on("2023-01-01"), set("/anesthesia/modifiers", "[\"AA\",\"JZ\"]")),
        fires(
            "MOD-UNKNOWN", E, M, on("2021-12-31"), set("/anesthesia/modifiers", "[\"AA\",\"93\"]")),
        silent("MOD-UNKNOWN", M, on("2022-01-01"), set("/anesthesia/modifiers", "[\"AA\",\"93\"]")),
        // Before the modifier table's first date, modifiers are checked by shape only, and it says
        // so.
        silent("MOD-UNKNOWN", M, on("2014-12-31"), set("/anesthesia/modifiers", "[\"AA\",\"ZZ\"]")),
        fires("MOD-GA-GZ-CONFLICT", E, M, set("/anesthesia/modifiers", "[\"AA\",\"GA\",\"GZ\"]")),
        silent("MOD-GA-GZ-CONFLICT", M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"GA\"]")),
        fires(
            "MOD-DISTINCT-SERVICE-ON-ANESTHESIA",
            W,
            M,
            set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"XU\"]")),
        silent("MOD-DISTINCT-SERVICE-ON-ANESTHESIA", M),
        fires("MOD-22-REVIEW", W, M, set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"22\"]")),
        silent("MOD-22-REVIEW", M),
        // Documentation
        fires("DOC-INDICATION-MISSING", E, M, rm("/documentation/indication")),
        fires("DOC-INDICATION-MISSING", E, M, set("/documentation/indication", "\"   \"")),
        silent("DOC-INDICATION-MISSING", M),
        fires("DOC-IMAGING-MISSING", E, M, rm("/documentation/imagingGuidance")),
        silent("DOC-IMAGING-MISSING", M),
        fires("DOC-IMAGING-INVALID", E, M, set("/documentation/imagingGuidance", "\"ultrasound\"")),
        silent("DOC-IMAGING-INVALID", M, set("/documentation/imagingGuidance", "\"CT\"")),
        fires("DOC-AGENT-MISSING", E, M, rm("/documentation/neurolyticAgent")),
        silent("DOC-AGENT-MISSING", M),
        fires(
            "DOC-AGENT-VOLUME-MISSING",
            E,
            M,
            set("/documentation/neurolyticAgent/name", "\"PHENOL\"")),
        silent(
            "DOC-AGENT-VOLUME-MISSING",
            M,
            set("/documentation/neurolyticAgent/name", "\"PHENOL\""),
            set("/documentation/neurolyticAgent/volumeMl", "1.5")),
        fires("DOC-LEVELS-MISSING", E, M, set("/documentation/levelsTreated", "[]")),
        silent("DOC-LEVELS-MISSING", M),
        fires(
            "DOC-LEVELS-NOT-LUMBOSACRAL",
            E,
            M,
            set("/documentation/levelsTreated", "[\"T12-L1\"]")),
        silent("DOC-LEVELS-NOT-LUMBOSACRAL", M, set("/documentation/levelsTreated", "[\"l5-s1\"]")),
        fires("DOC-LEVELS-MISMATCH", W, M, set("/documentation/levelsTreated", "[\"L3-L4\"]")),
        silent("DOC-LEVELS-MISMATCH", M),
        // Joints, not strings: the record names the L3 and L4 nerves, which supply the claim's
        // L4-L5.
        silent(
            "DOC-LEVELS-MISMATCH",
            M,
            levels("L4-L5"),
            set("/documentation/levelsTreated", "[\"L3\",\"L4\"]")),
        fires(
            "DOC-LEVELS-MISMATCH",
            W,
            M,
            levels("L4-L5"),
            set("/documentation/levelsTreated", "[\"L4\",\"L5\"]")),
        fires("DOC-ANESTHESIA-TYPE-MISSING", E, M, rm("/documentation/anesthesiaType")),
        silent("DOC-ANESTHESIA-TYPE-MISSING", M),
        fires(
            "DOC-ANESTHESIA-TYPE-MISMATCH",
            W,
            M,
            set("/documentation/anesthesiaType", "\"GENERAL\"")),
        silent("DOC-ANESTHESIA-TYPE-MISMATCH", M),
        fires("DOC-CONSENT-MISSING", E, M, set("/documentation/informedConsent", "false")),
        silent("DOC-CONSENT-MISSING", M),
        fires("DOC-POSTPROCEDURE-MISSING", E, M, rm("/documentation/postProcedureCondition")),
        silent("DOC-POSTPROCEDURE-MISSING", M),
        fires(
            "DOC-PREANESTHESIA-EVAL-MISSING",
            E,
            M,
            set("/documentation/preAnesthesiaEvaluation", "false")),
        silent("DOC-PREANESTHESIA-EVAL-MISSING", M),
        fires("DOC-ASA-STATUS-MISSING", W, M, rm("/documentation/asaPhysicalStatus")),
        silent("DOC-ASA-STATUS-MISSING", M),
        fires("DOC-TIME-MISSING", E, M, rm("/anesthesia/startTime")),
        silent("DOC-TIME-MISSING", M),
        fires(
            "DOC-TIME-INVALID", E, M, set("/anesthesia/endTime", "\"2026-03-14T08:02:00-05:00\"")),
        fires(
            "DOC-TIME-INVALID",
            E,
            M,
            set("/anesthesia/startTime", "\"2026-03-13T08:00:00-05:00\"")),
        silent("DOC-TIME-INVALID", M),
        // The 24-hour bound itself: exactly 1,440 minutes is a valid span, one more is not.
        silent(
            "DOC-TIME-INVALID", M, set("/anesthesia/startTime", "\"2026-03-13T08:49:00-05:00\"")),
        fires(
            "DOC-TIME-INVALID",
            E,
            M,
            set("/anesthesia/startTime", "\"2026-03-13T08:48:00-05:00\"")),
        fires("DOC-TIME-MINUTES-MISMATCH", E, M, set("/anesthesia/minutes", "49")),
        silent("DOC-TIME-MINUTES-MISMATCH", M, set("/anesthesia/minutes", "48")),
        fires(
            "DOC-TIME-OUTLIER",
            W,
            M,
            set("/anesthesia/endTime", "\"2026-03-14T08:06:00-05:00\""),
            set("/anesthesia/minutes", "4")),
        silent(
            "DOC-TIME-OUTLIER",
            M,
            set("/anesthesia/endTime", "\"2026-03-14T08:07:00-05:00\""),
            set("/anesthesia/minutes", "5")),
        fires(
            "DOC-TIME-OUTLIER",
            W,
            M,
            set("/anesthesia/endTime", "\"2026-03-14T12:03:00-05:00\""),
            set("/anesthesia/minutes", "241")),
        silent(
            "DOC-TIME-OUTLIER",
            M,
            set("/anesthesia/endTime", "\"2026-03-14T12:02:00-05:00\""),
            set("/anesthesia/minutes", "240")),
        fires(
            "DOC-MEDICAL-DIRECTION-INCOMPLETE",
            E,
            M,
            MODS_QK,
            set("/anesthesia/concurrentCases", "2")),
        fires(
            "DOC-MEDICAL-DIRECTION-INCOMPLETE",
            E,
            M,
            MODS_QK,
            set("/documentation/medicalDirection", allDirection(false))),
        silent(
            "DOC-MEDICAL-DIRECTION-INCOMPLETE",
            M,
            MODS_QK,
            set("/documentation/medicalDirection", allDirection(true))),
        fires(
            "DOC-AD-INDUCTION-UNDOCUMENTED",
            I,
            M,
            set("/anesthesia/modifiers", "[\"AD\"]"),
            set("/anesthesia/presentAtInduction", "false")),
        silent("DOC-AD-INDUCTION-UNDOCUMENTED", M, set("/anesthesia/modifiers", "[\"AD\"]")),
        fires(
            "DOC-SEDATION-JUSTIFICATION-MISSING",
            W,
            M,
            rm("/documentation/sedationJustification/depthOfSedation")),
        fires(
            "DOC-SEDATION-JUSTIFICATION-MISSING",
            E,
            "BCBS",
            set("/documentation/sedationJustification/riskFactors", "[]")),
        silent(
            "DOC-SEDATION-JUSTIFICATION-MISSING",
            "AETNA",
            rm("/documentation/sedationJustification")),
        silent(
            "DOC-SEDATION-JUSTIFICATION-MISSING",
            M,
            rm("/documentation/sedationJustification"),
            set("/anesthesia/type", "\"REGIONAL\"")),
        silent("DOC-SEDATION-JUSTIFICATION-MISSING", M),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks/1/reliefPercent", "79")),
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            M,
            FIRST_RF,
            set(
                "/documentation/priorDiagnosticBlocks",
                "[{\"date\":\"2026-01-10\",\"reliefPercent\":80},{\"date\":\"2026-02-01\",\"reliefPercent\":80}]")),
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            "BCBS",
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks/1/reliefPercent", "50")),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            "BCBS",
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks/1/reliefPercent", "49")),
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            "UHC",
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks", "[]")),
        // Blocks are asked before the first denervation of those joints, same region and side.
        silent("DOC-PRIOR-BLOCKS-INSUFFICIENT", M, BLOCKS_79),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            BLOCKS_79,
            history(entry("2025-06-02", "64633", "C5-C6", null))),
        fires("DOC-PRIOR-BLOCKS-INSUFFICIENT", W, M, BLOCKS_79, levels("L4-L5", "L5-S1")),
        // A repeat denervation needs the earlier session's relief (Medicare 50 % for 26 weeks,
        // Cigna 50 % for 12); off for payers without the values.
        silent("DOC-REPEAT-RELIEF-UNDOCUMENTED", M),
        fires("DOC-REPEAT-RELIEF-UNDOCUMENTED", W, M, rm("/history/0/reliefPercent")),
        fires("DOC-REPEAT-RELIEF-UNDOCUMENTED", W, M, set("/history/0/reliefPercent", "49")),
        silent("DOC-REPEAT-RELIEF-UNDOCUMENTED", M, set("/history/0/reliefPercent", "50")),
        fires("DOC-REPEAT-RELIEF-UNDOCUMENTED", W, M, set("/history/0/reliefWeeks", "25")),
        silent("DOC-REPEAT-RELIEF-UNDOCUMENTED", M, set("/history/0/reliefWeeks", "26")),
        fires("DOC-REPEAT-RELIEF-UNDOCUMENTED", W, C, set("/history/0/reliefWeeks", "11")),
        silent("DOC-REPEAT-RELIEF-UNDOCUMENTED", C, set("/history/0/reliefWeeks", "12")),
        silent("DOC-REPEAT-RELIEF-UNDOCUMENTED", "BCBS", rm("/history/0/reliefPercent")),
        // Another joint is not a repeat: the L4 and L5 nerves supply L5-S1, treated for the first
        // time.
        silent(
            "DOC-REPEAT-RELIEF-UNDOCUMENTED",
            M,
            levels("L4", "L5"),
            rm("/history/0/reliefPercent")),
        fires(
            "DOC-REPEAT-RELIEF-UNDOCUMENTED",
            W,
            M,
            levels("L3", "L4"),
            rm("/history/0/reliefPercent")),
        // Blocks count only when dated before the date of service (the day before / the day of).
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            M,
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks/1/date", "\"2026-03-13\"")),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            FIRST_RF,
            set("/documentation/priorDiagnosticBlocks/1/date", "\"2026-03-14\"")),
        // A block naming levels counts only for those joints: the L3 and L4 nerves are L4-L5's.
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            M,
            FIRST_RF,
            levels("L4-L5"),
            set("/documentation/priorDiagnosticBlocks/1/levels", "[\"L3\",\"L4\"]")),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            FIRST_RF,
            levels("L4-L5"),
            set("/documentation/priorDiagnosticBlocks/1/levels", "[\"L4\",\"L5\"]")),
        // The L3 and L4 nerves supply L4-L5, treated before: a repeat. The L4 and L5 nerves supply
        // L5-S1, never treated: a first time, which needs the blocks (the joint below, both ways).
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            M,
            BLOCKS_79,
            levels("L3", "L4"),
            history(entry("2025-06-02", "64635", "L4-L5", null))),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            BLOCKS_79,
            levels("L4", "L5"),
            history(entry("2025-06-02", "64635", "L4-L5", null))),
        fires(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            W,
            M,
            BLOCKS_79,
            side("RIGHT"),
            history(entry("2025-06-02", "64635", "L4-L5", "LEFT"))),
        silent(
            "DOC-PRIOR-BLOCKS-INSUFFICIENT",
            M,
            BLOCKS_79,
            side("LEFT"),
            history(entry("2025-06-02", "64635", "L4-L5", "BILATERAL"))),
        fires("DOC-CROSSWALK-MISMATCH", W, M, set("/procedure/code", "\"64633\"")),
        silent("DOC-CROSSWALK-MISMATCH", M),
        // Coverage
        fires("COV-PAYER-UNKNOWN", E, "ACME"),
        silent("COV-PAYER-UNKNOWN", M),
        fires("COV-NO-POLICY-FOR-DATE", E, "AETNA", set("/dateOfService", "\"2025-12-31\"")),
        silent("COV-NO-POLICY-FOR-DATE", M, set("/dateOfService", "\"2025-12-31\"")),
        // Medicare's 2026 item is open-ended: a 2027 claim has a policy, and no price until the
        // CY2027 conversion factors are loaded (a missing price never fails a claim).
        silent(
            "COV-NO-POLICY-FOR-DATE",
            M,
            set("/dateOfService", "\"2027-01-12\""),
            set("/submissionDate", "\"2027-01-15\"")),
        fires("COV-NO-POLICY-FOR-DATE", E, M, set("/dateOfService", "\"2024-12-31\"")),
        fires(
            "COV-PAYMENT-NOT-ESTIMATED",
            I,
            M,
            set("/dateOfService", "\"2027-01-01\""),
            set("/submissionDate", "\"2027-01-05\"")),
        silent(
            "COV-PAYMENT-NOT-ESTIMATED",
            M,
            set("/dateOfService", "\"2026-12-31\""),
            set("/submissionDate", "\"2027-01-05\"")),
        silent(
            "COV-PAYMENT-NOT-ESTIMATED",
            "AETNA",
            set("/dateOfService", "\"2027-01-12\""),
            set("/submissionDate", "\"2027-01-15\"")),
        fires("COV-CODE-NOT-EFFECTIVE", E, M, set("/dateOfService", "\"2021-12-31\"")),
        silent("COV-CODE-NOT-EFFECTIVE", M, set("/dateOfService", "\"2022-01-01\"")),
        // 837P balancing: CLM02 against the sum of SV102, to the cent.
        fires("COV-CLAIM-UNBALANCED", E, M, set("/charges", "{\"total\":145.53,\"lines\":145.52}")),
        silent("COV-CLAIM-UNBALANCED", M, set("/charges", "{\"total\":145.53,\"lines\":145.53}")),
        silent("COV-CLAIM-UNBALANCED", M, set("/charges", "{\"total\":145.53}")),
        silent("COV-CLAIM-UNBALANCED", M),
        fires("COV-DIAGNOSIS-MISSING", E, M, set("/diagnosisCodes", "[]")),
        silent("COV-DIAGNOSIS-MISSING", M),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"12345\"]")),
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"m47816\"]")),
        fires("COV-DIAGNOSIS-REGION-MISMATCH", E, M, set("/diagnosisCodes", "[\"M47.812\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"G89.29\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M54.50\"]")),
        // The X placeholder, sciatica and the annulus-defect codes are lumbar too.
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M53.2X6\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M43.5X7\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M54.31\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M54.42\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M51.A3\"]")),
        fires("COV-DIAGNOSIS-REGION-MISMATCH", E, M, set("/diagnosisCodes", "[\"M53.2X2\"]")),
        // Region from the code set (contract v1.2): the long description in the version in force
        // decides. These four name the lumbar region and the old hand list missed them.
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M48.16\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M53.86\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M45.6\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M46.06\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M41.125\"]")),
        // Postlaminectomy syndrome names no region: alone it says nothing of the lumbar spine.
        fires("COV-DIAGNOSIS-REGION-MISMATCH", E, M, set("/diagnosisCodes", "[\"M96.1\"]")),
        // Past the last version loaded (FY2027), the latest earlier one still reads the region.
        silent(
            "COV-DIAGNOSIS-REGION-MISMATCH",
            M,
            on("2027-11-10"),
            set("/submissionDate", "\"2027-11-12\""),
            set("/diagnosisCodes", "[\"M48.16\"]")),
        fires(
            "COV-DIAGNOSIS-REGION-MISMATCH",
            E,
            M,
            on("2027-11-10"),
            set("/submissionDate", "\"2027-11-12\""),
            set("/diagnosisCodes", "[\"M48.12\"]")),
        // Never a code (M51.A6): invalid, and not classified by region at all.
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M51.A6\"]")),
        silent("COV-DIAGNOSIS-REGION-MISMATCH", M, set("/diagnosisCodes", "[\"M51.A6\"]")),
        // A code's existence comes before its pattern: M51.36 matches the lumbar pattern, but in
        // FY2025 on it is a header, so only the cervical code is left to judge the region by.
        fires(
            "COV-DIAGNOSIS-REGION-MISMATCH",
            E,
            M,
            set("/diagnosisCodes", "[\"M47.812\",\"M51.36\"]")),
        silent(
            "COV-DIAGNOSIS-REGION-MISMATCH",
            M,
            on("2024-09-30"),
            set("/diagnosisCodes", "[\"M47.812\",\"M51.36\"]")),
        // The transitions of issue 11, each the day before and the day of.
        silent("COV-DIAGNOSIS-INVALID", M, on("2021-09-30"), set("/diagnosisCodes", "[\"M54.5\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID", E, M, on("2021-10-01"), set("/diagnosisCodes", "[\"M54.5\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2021-09-30"),
            set("/diagnosisCodes", "[\"M54.50\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2021-10-01"), set("/diagnosisCodes", "[\"M54.50\"]")),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M54.5\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2024-09-30"), set("/diagnosisCodes", "[\"M51.36\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-10-01"),
            set("/diagnosisCodes", "[\"M51.36\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2024-09-30"), set("/diagnosisCodes", "[\"M51.37\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-10-01"),
            set("/diagnosisCodes", "[\"M51.37\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-09-30"),
            set("/diagnosisCodes", "[\"M51.360\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2024-10-01"), set("/diagnosisCodes", "[\"M51.360\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-09-30"),
            set("/diagnosisCodes", "[\"M51.A3\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2024-10-01"), set("/diagnosisCodes", "[\"M51.A3\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2024-09-30"),
            set("/diagnosisCodes", "[\"M47.816\",\"E66.8\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-10-01"),
            set("/diagnosisCodes", "[\"M47.816\",\"E66.8\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2024-09-30"),
            set("/diagnosisCodes", "[\"M47.816\",\"E66.811\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2024-10-01"),
            set("/diagnosisCodes", "[\"M47.816\",\"E66.811\"]")),
        // M48.06 split on 2017-10-01: a header in every loaded year; before FY2021, shape only.
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M48.06\"]")),
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M48.061\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID", M, on("2017-09-30"), set("/diagnosisCodes", "[\"M48.06\"]")),
        fires(
            "COV-CODESET-NOT-LOADED",
            W,
            M,
            on("2017-09-30"),
            set("/diagnosisCodes", "[\"M48.06\"]")),
        fires("COV-CODESET-NOT-LOADED", W, M, on("2014-12-31")),
        // Past the last loaded fiscal year (FY2027 ends 2027-09-30): checked against FY2027, as a
        // WARNING, beside COV-CODESET-NOT-LOADED (contract v1.2).
        fires(
            "COV-DIAGNOSIS-INVALID",
            W,
            M,
            on("2027-11-10"),
            set("/submissionDate", "\"2027-11-12\""),
            set("/diagnosisCodes", "[\"M54.5\"]")),
        // In force: FY2026 to 2026-09-30, FY2027 from 2026-10-01 (the claim of this
        // quarter).
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2026-09-30"),
            set("/submissionDate", "\"2026-10-02\""),
            set("/diagnosisCodes", "[\"M54.5\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2026-11-10"),
            set("/submissionDate", "\"2026-11-12\""),
            set("/diagnosisCodes", "[\"M54.5\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2027-11-10"),
            set("/submissionDate", "\"2027-11-12\""),
            set("/diagnosisCodes", "[\"M47.816\"]")),
        fires(
            "COV-CODESET-NOT-LOADED",
            W,
            M,
            on("2027-10-01"),
            set("/submissionDate", "\"2027-10-02\"")),
        silent(
            "COV-CODESET-NOT-LOADED",
            M,
            on("2027-09-30"),
            set("/submissionDate", "\"2027-10-02\"")),
        silent(
            "COV-CODESET-NOT-LOADED",
            M,
            on("2026-10-01"),
            set("/submissionDate", "\"2026-10-02\"")),
        silent("COV-CODESET-NOT-LOADED", M),
        silent("COV-CODESET-NOT-LOADED", M, on("2020-10-01")),
        // Secondary malignant neoplasms (C77-C79) are declared from FY2025: bone metastasis
        // C79.51 is billable, its header C79.5 is not; C79.83 arrived with FY2027 (CMS's addenda).
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M47.816\",\"C79.51\"]")),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"C79.5\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2026-11-10"),
            set("/submissionDate", "\"2026-11-12\""),
            set("/diagnosisCodes", "[\"M47.816\",\"C79.5\"]")),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"C79.83\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2026-11-10"),
            set("/submissionDate", "\"2026-11-12\""),
            set("/diagnosisCodes", "[\"M47.816\",\"C79.83\"]")),
        // Outside an extract's categories a code is never invalid for being absent.
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M47.816\",\"Z99.89\"]")),
        // FY2027 opened codes with a letter second (QA1.71, Lynch syndrome): a well-shaped code.
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2026-11-10"),
            set("/submissionDate", "\"2026-11-12\""),
            set("/diagnosisCodes", "[\"M47.816\",\"QA1.71\"]")),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"Q.A171\"]")),
        // M99 is not in any extract: shape only, even for a code no year has.
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M47.816\",\"M99.Z9\"]")),
        // M45 and M96 are declared from FY2025 on (and in FY2021), not in FY2022-FY2024, where no
        // shipped file dates their new codes: there a code of theirs is checked by shape only.
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M47.816\",\"M45.A6\"]")),
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"M96.7\"]")),
        silent(
            "COV-DIAGNOSIS-INVALID",
            M,
            on("2023-03-01"),
            set("/diagnosisCodes", "[\"M47.816\",\"M96.7\"]")),
        fires(
            "COV-DIAGNOSIS-INVALID",
            E,
            M,
            on("2021-03-01"),
            set("/diagnosisCodes", "[\"M47.816\",\"M45.A6\"]")),
        silent("COV-DIAGNOSIS-INVALID", M, set("/diagnosisCodes", "[\"M47.816\",\"M96.1\"]")),
        // Inside them, a code the year does not have is invalid.
        fires("COV-DIAGNOSIS-INVALID", E, M, set("/diagnosisCodes", "[\"M47.816\",\"M54.99\"]")),
        fires("COV-DIAGNOSIS-NOT-COVERED", W, M, set("/diagnosisCodes", "[\"M54.50\"]")),
        silent("COV-DIAGNOSIS-NOT-COVERED", M, set("/diagnosisCodes", "[\"m47817\"]")),
        fires("COV-DIAGNOSIS-NOT-COVERED", W, M, set("/procedure/code", "\"62282\"")),
        silent(
            "COV-DIAGNOSIS-NOT-COVERED",
            M,
            set("/procedure/code", "\"62282\""),
            set("/diagnosisCodes", "[\"M54.16\"]")),
        fires(
            "COV-RADICULOPATHY-WITH-FACET",
            W,
            M,
            set("/diagnosisCodes", "[\"M47.816\",\"M54.16\"]")),
        silent(
            "COV-RADICULOPATHY-WITH-FACET",
            M,
            set("/procedure/code", "\"62282\""),
            set("/diagnosisCodes", "[\"M54.16\"]")),
        fires(
            "COV-RADICULOPATHY-WITH-FACET",
            W,
            M,
            set("/diagnosisCodes", "[\"M47.816\",\"M54.41\"]")),
        fires(
            "COV-RADICULOPATHY-WITH-FACET",
            W,
            M,
            set("/diagnosisCodes", "[\"M47.816\",\"M54.30\"]")),
        silent(
            "COV-RADICULOPATHY-WITH-FACET", M, set("/diagnosisCodes", "[\"M47.816\",\"M54.50\"]")),
        // Honest severity (contract v1.2): Medicare's place-of-service list is not verified, so a
        // WARNING; the same finding is an ERROR once a lead marks the value verified.
        fires("COV-POS-NOT-COVERED", W, M, set("/placeOfService", "\"11\"")),
        fires(
            "COV-POS-NOT-COVERED",
            E,
            M,
            set("/placeOfService", "\"11\""),
            policy("/parameters/placesOfService/verified", "true")),
        silent("COV-POS-NOT-COVERED", M, set("/placeOfService", "\"22\"")),
        fires(
            "COV-PRIOR-AUTH-MISSING",
            E,
            M,
            set("/placeOfService", "\"22\""),
            rm("/priorAuthorization")),
        silent("COV-PRIOR-AUTH-MISSING", M, rm("/priorAuthorization")),
        silent(
            "COV-PRIOR-AUTH-MISSING",
            M,
            set("/placeOfService", "\"22\""),
            rm("/priorAuthorization"),
            policy("/parameters/priorAuthorization/value/fromDate", "\"2026-03-15\"")),
        fires(
            "COV-PRIOR-AUTH-MISSING", W, "AETNA", set("/priorAuthorization/status", "\"pending\"")),
        silent("COV-PRIOR-AUTH-MISSING", "BCBS", rm("/priorAuthorization")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            M,
            set("/procedure/modality", "\"PULSED_RF\""),
            NO_RISK,
            ASA_2),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, NO_RISK, ASA_2),
        // Medicare by MAC jurisdiction (contract v1.2). Nationally (no contractor) RF denervation
        // waives the risk factor; NGS (JK, J6) never covers general anesthesia for facet work and
        // needs a risk factor for MAC (unverified: a WARNING); First Coast (JN) needs one, RF or
        // not; CGS (J15) keeps the RF carve-out; a jurisdiction the item does not override (JJ)
        // gets
        // the national values, unverified for it.
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, GENERAL),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", E, M, GENERAL, mac("13202", "01")),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", E, M, GENERAL, mac("06102", "16")),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, GENERAL, mac("15202", "00")),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, mac("13202", "01")),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", W, M, NO_RISK, ASA_2, mac("13202", "01")),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", E, M, NO_RISK, ASA_2, mac("09102", "04")),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, mac("09102", "04")),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", M, NO_RISK, ASA_2, mac("15202", "00")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            M,
            set("/procedure/modality", "\"PULSED_RF\""),
            NO_RISK,
            ASA_2,
            mac("15202", "00")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            W,
            M,
            set("/procedure/modality", "\"PULSED_RF\""),
            NO_RISK,
            ASA_2,
            mac("10112", "00")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            M,
            set("/procedure/modality", "\"PULSED_RF\""),
            NO_RISK,
            ASA_2,
            mac("99999", "00")),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", W, "AETNA", NO_RISK, ASA_2),
        // Patient preference never justifies sedation, even where a policy lists it.
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            W,
            "AETNA",
            NO_RISK,
            ASA_2,
            policy(
                "/parameters/anesthesiaNecessity/value/acceptedRiskFactors",
                "[\"PATIENT_PREFERENCE\",\"BMI_40_OR_MORE\"]")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            "BCBS",
            set(
                "/documentation/sedationJustification/riskFactors",
                "[\"PROLONGED_IMMOBILITY_REQUIRED\"]"),
            ASA_2),
        silent(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            "CIGNA",
            set(
                "/documentation/sedationJustification/riskFactors",
                "[\"PROLONGED_IMMOBILITY_REQUIRED\"]"),
            ASA_2),
        silent(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            "BCBS",
            NO_RISK,
            ASA_2,
            set("/patient/bmi", "40")),
        silent("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", "UHC", NO_RISK, ASA_2),
        // Risk factors come from the record only (contract v1.2): the line's P3 is billing, not a
        // documented ASA class; a documented ASA 3 or a documented BMI of 40 is.
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            "BCBS",
            NO_RISK,
            rm("/documentation/asaPhysicalStatus")),
        silent(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            "BCBS",
            NO_RISK,
            set("/anesthesia/modifiers", "[\"AA\",\"QS\",\"P2\"]")),
        fires("COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY", E, "BCBS", NO_RISK, ASA_2),
        silent(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            "BCBS",
            NO_RISK,
            ASA_2,
            set("/patient/bmi", "40")),
        fires(
            "COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY",
            E,
            "BCBS",
            NO_RISK,
            ASA_2,
            set("/patient/bmi", "39.9")),
        fires("COV-MODALITY-NOT-COVERED", E, M, set("/procedure/modality", "\"CHEMICAL\"")),
        silent("COV-MODALITY-NOT-COVERED", M, set("/procedure/modality", "\"COOLED_RF\"")),
        fires("COV-MODALITY-NOT-COVERED", E, "CIGNA", set("/procedure/modality", "\"COOLED_RF\"")),
        fires(
            "COV-LEVELS-EXCEEDED",
            E,
            M,
            set("/procedure/levels", "[\"L3-L4\",\"L4-L5\",\"L5-S1\"]")),
        silent("COV-LEVELS-EXCEEDED", M, set("/procedure/levels", "[\"L4-L5\",\"L5-S1\"]")),
        // Joints, not strings: three contiguous medial-branch nerves treat two joints.
        silent("COV-LEVELS-EXCEEDED", M, levels("L3", "L4", "L5")),
        fires("COV-LEVELS-EXCEEDED", E, M, levels("L2", "L3", "L4", "L5")),
        silent("COV-LEVELS-EXCEEDED", M, levels("L4-L5", "L5-S1", "L4", "L5", "S1")),
        silent("COV-LEVELS-EXCEEDED", M, levels("L4-L5", "L5-S1"), side("BILATERAL")),
        // Cigna's limit is 3 per side.
        silent("COV-LEVELS-EXCEEDED", C, levels("L3-L4", "L4-L5", "L5-S1"), side("BILATERAL")),
        fires(
            "COV-LEVELS-EXCEEDED", E, C, levels("L2-L3", "L3-L4", "L4-L5", "L5-S1"), side("LEFT")),
        fires("COV-LEVELS-EXCEEDED", E, C, levels("L2-L3", "L3-L4", "L4-L5", "L5-S1")),
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            set(
                "/history/1",
                "{\"dateOfService\":\"2025-09-01\",\"procedureCode\":\"64635\",\"levels\":[\"L2-L3\"]}")),
        // A session that crossed into the lumbar region (T12-L1 with L1-L2) is a lumbar session.
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            set(
                "/history/1",
                "{\"dateOfService\":\"2025-09-01\",\"procedureCode\":\"64635\","
                    + "\"levels\":[\"T12-L1\",\"L1-L2\"]}")),
        fires("COV-FREQUENCY-EXCEEDED", W, M, set("/history/0/dateOfService", "\"2025-09-16\"")),
        // The session count stands on its own where the payer sets no interval between sessions.
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            set(
                "/history/1",
                "{\"dateOfService\":\"2025-09-01\",\"procedureCode\":\"64635\",\"levels\":[\"L2-L3\"]}"),
            policy("/parameters/facetMinDaysBetweenSameLevel/value", "null")),
        silent("COV-FREQUENCY-EXCEEDED", M, set("/history/0/dateOfService", "\"2025-09-15\"")),
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            set(
                "/history/1",
                "{\"dateOfService\":\"2025-03-14\",\"procedureCode\":\"64635\",\"levels\":[\"L2-L3\"]}")),
        // Sessions are dates of lumbar/sacral denervation: 64635 + 64636 on one day are one
        // session.
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            history(
                entry("2025-06-02", "64635", "L4-L5", null),
                entry("2025-06-02", "64636", "L5-S1", null))),
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            history(
                entry("2025-06-02", "64635", "L4-L5", null),
                entry("2025-06-03", "64636", "L5-S1", null))),
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            history(
                entry("2025-06-02", "64635", "L4-L5", null),
                entry("2025-09-01", "64633", "C5-C6", null))),
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            history(
                entry("2025-06-02", "64635", "L4-L5", null),
                entry("2025-09-01", "64633", "", null))),
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            history(
                entry("2025-06-02", "64635", "L4-L5", null),
                entry("2025-09-01", "64635", "", null))),
        // The same joint on the other side is another joint.
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            side("RIGHT"),
            history(entry("2025-09-16", "64635", "L4-L5", "LEFT"))),
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            side("LEFT"),
            history(entry("2025-09-16", "64635", "L4-L5", "LEFT"))),
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            side("LEFT"),
            history(entry("2025-09-16", "64635", "L4-L5", "BILATERAL"))),
        silent("COV-FREQUENCY-EXCEEDED", M, history(entry("2025-09-16", "64635", "L5-S1", null))),
        // An earlier session that names the L3 and L4 nerves treated the L4-L5 joint: a same-joint
        // repeat 179 days on; the L4 and L5 nerves treated L5-S1, another joint.
        fires(
            "COV-FREQUENCY-EXCEEDED",
            W,
            M,
            levels("L4-L5"),
            history(entry("2025-09-16", "64635", "L3+L4", null))),
        silent(
            "COV-FREQUENCY-EXCEEDED",
            M,
            levels("L4-L5"),
            history(entry("2025-09-16", "64635", "L4+L5", null))),
        fires("COV-SURGEON-ANESTHESIA", E, M, set("/procedure/performingNpi", "\"1234567893\"")),
        silent("COV-SURGEON-ANESTHESIA", M),
        fires("COV-TIMELY-FILING-EXCEEDED", W, "AETNA", set("/submissionDate", "\"2026-06-13\"")),
        silent("COV-TIMELY-FILING-EXCEEDED", "AETNA", set("/submissionDate", "\"2026-06-12\"")),
        fires(
            "COV-QUALIFYING-CIRCUMSTANCES-NOT-PAYABLE",
            I,
            M,
            set("/anesthesia/qualifyingCircumstances", "[\"99100\"]")),
        silent(
            "COV-QUALIFYING-CIRCUMSTANCES-NOT-PAYABLE",
            "AETNA",
            set("/anesthesia/qualifyingCircumstances", "[\"99100\"]")),
        // 99100: younger than 1 or older than 70, in completed years on the date of service
        // (2026-03-14).
        fires("COV-QUALIFYING-CIRCUMSTANCE-AGE", E, M, circumstances("99100")),
        // Exactly 70 on the date of service: payers read "older than 70" differently, a WARNING;
        // 69 is an ERROR.
        fires("COV-QUALIFYING-CIRCUMSTANCE-AGE", W, M, circumstances("99100"), born("1955-03-15")),
        fires("COV-QUALIFYING-CIRCUMSTANCE-AGE", E, M, circumstances("99100"), born("1956-03-15")),
        fires("COV-QUALIFYING-CIRCUMSTANCE-AGE", W, M, circumstances("99100"), born("1956-03-14")),
        // No birth date: the age cannot be checked.
        fires(
            "COV-QUALIFYING-CIRCUMSTANCE-AGE-UNKNOWN",
            W,
            M,
            circumstances("99100"),
            rm("/patient/birthDate")),
        silent("COV-QUALIFYING-CIRCUMSTANCE-AGE-UNKNOWN", M, circumstances("99100")),
        silent("COV-QUALIFYING-CIRCUMSTANCE-AGE-UNKNOWN", M, rm("/patient/birthDate")),
        silent(
            "COV-QUALIFYING-CIRCUMSTANCE-AGE", M, circumstances("99100"), rm("/patient/birthDate")),
        silent("COV-QUALIFYING-CIRCUMSTANCE-AGE", M, circumstances("99100"), born("1955-03-14")),
        silent("COV-QUALIFYING-CIRCUMSTANCE-AGE", M, circumstances("99100"), born("2025-03-15")),
        fires("COV-QUALIFYING-CIRCUMSTANCE-AGE", E, M, circumstances("99100"), born("2025-03-14")),
        silent("COV-QUALIFYING-CIRCUMSTANCE-AGE", M, circumstances("99140")),
        fires("COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE", W, M, circumstances("99116")),
        fires("COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE", W, M, circumstances("99140", "99135")),
        // An emergency on a case with an approved prior authorization: it was scheduled.
        fires("COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE", W, M, circumstances("99140")),
        silent(
            "COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE",
            M,
            circumstances("99140"),
            set("/priorAuthorization/status", "\"PENDING\"")),
        silent(
            "COV-QUALIFYING-CIRCUMSTANCE-IMPLAUSIBLE",
            M,
            circumstances("99140"),
            rm("/priorAuthorization")),
        // Z68.- (BMI) only beside the condition it describes, never first.
        fires("COV-DIAGNOSIS-SEQUENCE", W, M, set("/diagnosisCodes", "[\"Z68.41\",\"M47.816\"]")),
        silent(
            "COV-DIAGNOSIS-SEQUENCE",
            M,
            set("/diagnosisCodes", "[\"M47.816\",\"E66.01\",\"Z68.41\"]")),
        silent("COV-DIAGNOSIS-SEQUENCE", M),
        fires("COV-QUALIFYING-CIRCUMSTANCE-DUPLICATE", E, "AETNA", circumstances("99140", "99140")),
        silent(
            "COV-QUALIFYING-CIRCUMSTANCE-DUPLICATE",
            "AETNA",
            circumstances("99100", "99140"),
            born("1950-01-01")),
        fires("COV-PHYSICAL-STATUS-NOT-PAYABLE", I, M),
        silent("COV-PHYSICAL-STATUS-NOT-PAYABLE", "AETNA"),
        fires("COV-POLICY-UNVERIFIED", I, M, set("/diagnosisCodes", "[\"M54.50\"]")),
        fires(
            "COV-POLICY-UNVERIFIED",
            I,
            "AETNA",
            set("/anesthesia/modifiers", "[\"QS\",\"AA\",\"P3\"]")),
        // Medicare's places of service are typical sites, not a list it pays exclusively:
        // unverified.
        fires("COV-POLICY-UNVERIFIED", I, M, set("/placeOfService", "\"11\"")),
        silent("COV-POLICY-UNVERIFIED", M, set("/procedure/modality", "\"CHEMICAL\"")),
        silent("COV-POLICY-UNVERIFIED", M, set("/procedure/performingNpi", "\"1234567893\"")));
  }

  static String allDirection(boolean value) {
    return Stream.of(
            "preAnesthesiaExam",
            "planPrescribed",
            "presentAtInductionAndEmergence",
            "remainderByQualifiedIndividual",
            "monitoredFrequently",
            "physicallyPresentAndAvailable",
            "postAnesthesiaCare")
        .map(k -> "\"" + k + "\":" + (value || !k.equals("planPrescribed")))
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** The rows grouped by finding code, in the table's order: one test per code, both ways. */
  static Stream<Arguments> codes() {
    return cases().stream()
        .collect(Collectors.groupingBy(Case::code, LinkedHashMap::new, Collectors.toList()))
        .entrySet()
        .stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /**
   * One invocation per code rather than per row: mutation testing (PIT) runs each invocation apart,
   * and with a row each a surviving mutant of a rule ran ~360 of them (docs/testing.md).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void rule(String code, List<Case> rows) {
    assertAll(rows.stream().map(c -> () -> check(c)));
  }

  static void check(Case c) {
    ValidationReport report = run(c);
    List<Finding> matching =
        report.findings().stream().filter(f -> f.code().equals(c.code())).toList();
    if (c.fires()) {
      assertTrue(!matching.isEmpty(), c + ": expected the finding; got " + codes(report));
      assertTrue(
          matching.stream().allMatch(f -> f.severity() == c.severity()),
          c + ": severity " + matching);
      assertTrue(
          matching.stream().allMatch(f -> !f.message().isBlank() && f.reference() != null),
          c + ": a finding without a message or a reference");
      JsonNode request = request(c);
      for (Finding f : matching) {
        assertTrue(
            pointsIntoTheClaim(request, f.field()),
            c + ": field " + f.field() + " is not in the claim");
      }
    } else {
      assertTrue(matching.isEmpty(), c + ": expected no finding; got " + matching);
    }
    assertTrue(
        report.findings().stream().noneMatch(f -> f.code().equals(RuleCatalog.ENGINE_RULE_FAILED)),
        c + ": a rule failed: " + report.findings());
  }

  /** Issue 24: every code that fires has a silent row that changes the claim (a near miss). */
  @Test
  void everyCodeThatFiresHasANearMiss() {
    Set<String> nearMissed =
        cases().stream()
            .filter(c -> !c.fires() && (!c.edits().isEmpty() || !c.payer().equals(M)))
            .map(Case::code)
            .collect(Collectors.toSet());
    List<String> missing =
        cases().stream()
            .filter(Case::fires)
            .map(Case::code)
            .distinct()
            .filter(code -> !nearMissed.contains(code))
            .sorted()
            .toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void everyCatalogueCodeIsTestedBothWays() {
    Set<String> fired =
        cases().stream().filter(Case::fires).map(Case::code).collect(Collectors.toSet());
    Set<String> silenced =
        cases().stream().filter(c -> !c.fires()).map(Case::code).collect(Collectors.toSet());
    for (RuleInfo info : RuleCatalog.describe()) {
      if (info.code().equals(RuleCatalog.ENGINE_RULE_FAILED)) {
        continue;
      }
      assertTrue(fired.contains(info.code()), info.code() + " has no row where it fires");
      assertTrue(silenced.contains(info.code()), info.code() + " has no row where it stays silent");
    }
  }

  @Test
  void cleanClaimPassesEveryAspectForEveryPayer() {
    for (String payer : List.of("MEDICARE", "AETNA", "BCBS", "CIGNA", "UHC")) {
      for (Scope scope : Scope.values()) {
        ValidationReport report =
            new ClaimValidator(
                    ENGINE,
                    InMemoryPolicyStore.seeded(),
                    ReferenceStore.of(ReferenceFixture.shipped()))
                .validate(ClaimFixture.clean().payer(payer).claim(), scope);
        assertEquals(
            com.claims01940.engine.Outcome.PASS,
            report.outcome(),
            payer + " " + scope + ": " + report.findings());
        assertEquals(payer, report.policy().payerId());
      }
    }
  }

  /**
   * A finding's field is a JSON Pointer to where the request holds the problem, or to where it
   * would be: the member itself, or (for something missing) a member of an object the request has.
   */
  static boolean pointsIntoTheClaim(JsonNode request, String field) {
    if (field.isEmpty()) {
      return true;
    }
    JsonPointer p = JsonPointer.compile(field);
    return !request.at(p).isMissingNode() || request.at(p.head()).isContainerNode();
  }

  static JsonNode request(Case c) {
    ClaimFixture fixture = ClaimFixture.clean().payer(c.payer());
    for (Edit e : c.edits()) {
      if (!e.policy()) {
        if (e.json() == null) {
          fixture.remove(e.pointer());
        } else {
          fixture.set(e.pointer(), e.json());
        }
      }
    }
    return fixture.json();
  }

  @Test
  void aPointerOutsideTheClaimIsCaught() {
    JsonNode claim = ClaimFixture.clean().json();
    assertTrue(pointsIntoTheClaim(claim, "/anesthesia/modifiers/0"));
    assertTrue(pointsIntoTheClaim(claim, "/priorAuthorization/number"));
    assertTrue(
        !pointsIntoTheClaim(claim, "/anesthesia/modifierz/0")
            && !pointsIntoTheClaim(claim, "/nothing/here"));
  }

  static ValidationReport run(Case c) {
    ClaimFixture fixture = ClaimFixture.clean().payer(c.payer());
    List<JsonNode> docs = new ArrayList<>(SeedPolicies.documents());
    for (Edit e : c.edits()) {
      if (!e.policy()) {
        if (e.json() == null) {
          fixture.remove(e.pointer());
        } else {
          fixture.set(e.pointer(), e.json());
        }
      }
    }
    List<Edit> policyEdits = c.edits().stream().filter(Edit::policy).toList();
    if (!policyEdits.isEmpty()) {
      docs.replaceAll(
          d ->
              d.path("payerId").asText().equals(c.payer())
                  ? edited((ObjectNode) d.deepCopy(), policyEdits)
                  : d);
    }
    var claim = fixture.claim();
    return new ClaimValidator(
            ENGINE, new InMemoryPolicyStore(docs), ReferenceStore.of(ReferenceFixture.shipped()))
        .validate(claim, Scope.ALL);
  }

  static JsonNode edited(ObjectNode doc, List<Edit> edits) {
    for (Edit e : edits) {
      JsonPointer p = JsonPointer.compile(e.pointer());
      try {
        ((ObjectNode) doc.at(p.head()))
            .set(p.last().getMatchingProperty(), Json.MAPPER.readTree(e.json()));
      } catch (java.io.IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
    return doc;
  }

  static String codes(ValidationReport r) {
    return Arrays.toString(r.findings().stream().map(f -> f.code() + ":" + f.severity()).toArray());
  }
}
