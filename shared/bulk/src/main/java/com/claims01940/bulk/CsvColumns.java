package com.claims01940.bulk;

import java.util.List;

/**
 * The documented CSV header (README "Bulk files"): one column per claim field, lists separated by
 * ';'. Each column names the JSON Pointer it fills and how its text becomes JSON, so a CSV row
 * becomes the same claim JSON the API takes, checked by the same reader.
 */
final class CsvColumns {
  private CsvColumns() {}

  enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    LIST,
    HISTORY,
    BLOCKS,
    DIRECTION
  }

  record Column(String name, String pointer, Kind kind) {}

  static final List<Column> ALL =
      List.of(
          new Column("claimId", "/claimId", Kind.TEXT),
          new Column("payerId", "/payerId", Kind.TEXT),
          new Column("dateOfService", "/dateOfService", Kind.TEXT),
          new Column("submissionDate", "/submissionDate", Kind.TEXT),
          new Column("placeOfService", "/placeOfService", Kind.TEXT),
          new Column("patientName", "/patient/name", Kind.TEXT),
          new Column("patientMemberId", "/patient/memberId", Kind.TEXT),
          new Column("patientBirthDate", "/patient/birthDate", Kind.TEXT),
          new Column("patientSex", "/patient/sex", Kind.TEXT),
          new Column("patientBmi", "/patient/bmi", Kind.NUMBER),
          new Column("renderingNpi", "/renderingProvider/npi", Kind.TEXT),
          new Column("renderingRole", "/renderingProvider/role", Kind.TEXT),
          new Column("diagnosisCodes", "/diagnosisCodes", Kind.LIST),
          new Column("anesthesiaCode", "/anesthesia/procedureCode", Kind.TEXT),
          new Column("modifiers", "/anesthesia/modifiers", Kind.LIST),
          new Column("anesthesiaType", "/anesthesia/type", Kind.TEXT),
          new Column("startTime", "/anesthesia/startTime", Kind.TEXT),
          new Column("endTime", "/anesthesia/endTime", Kind.TEXT),
          new Column("minutes", "/anesthesia/minutes", Kind.NUMBER),
          new Column("concurrentCases", "/anesthesia/concurrentCases", Kind.NUMBER),
          new Column("presentAtInduction", "/anesthesia/presentAtInduction", Kind.BOOLEAN),
          new Column("qualifyingCircumstances", "/anesthesia/qualifyingCircumstances", Kind.LIST),
          new Column("procedureCode", "/procedure/code", Kind.TEXT),
          new Column("procedureLevels", "/procedure/levels", Kind.LIST),
          new Column("modality", "/procedure/modality", Kind.TEXT),
          new Column("performingNpi", "/procedure/performingNpi", Kind.TEXT),
          new Column("procedureLaterality", "/procedure/laterality", Kind.TEXT),
          new Column("priorAuthNumber", "/priorAuthorization/number", Kind.TEXT),
          new Column("priorAuthStatus", "/priorAuthorization/status", Kind.TEXT),
          new Column("history", "/history", Kind.HISTORY),
          new Column("indication", "/documentation/indication", Kind.TEXT),
          new Column("imagingGuidance", "/documentation/imagingGuidance", Kind.TEXT),
          new Column("agentName", "/documentation/neurolyticAgent/name", Kind.TEXT),
          new Column("agentVolumeMl", "/documentation/neurolyticAgent/volumeMl", Kind.NUMBER),
          new Column(
              "agentConcentrationPercent",
              "/documentation/neurolyticAgent/concentrationPercent",
              Kind.NUMBER),
          new Column("levelsTreated", "/documentation/levelsTreated", Kind.LIST),
          new Column("documentedAnesthesiaType", "/documentation/anesthesiaType", Kind.TEXT),
          new Column("informedConsent", "/documentation/informedConsent", Kind.BOOLEAN),
          new Column("postProcedureCondition", "/documentation/postProcedureCondition", Kind.TEXT),
          new Column(
              "preAnesthesiaEvaluation", "/documentation/preAnesthesiaEvaluation", Kind.BOOLEAN),
          new Column("asaPhysicalStatus", "/documentation/asaPhysicalStatus", Kind.NUMBER),
          new Column("priorDiagnosticBlocks", "/documentation/priorDiagnosticBlocks", Kind.BLOCKS),
          new Column("riskFactors", "/documentation/sedationJustification/riskFactors", Kind.LIST),
          new Column(
              "depthOfSedation", "/documentation/sedationJustification/depthOfSedation", Kind.TEXT),
          new Column(
              "alternativesTried",
              "/documentation/sedationJustification/alternativesTried",
              Kind.TEXT),
          new Column("medicalDirection", "/documentation/medicalDirection", Kind.DIRECTION),
          new Column("pricingContractor", "/pricingLocality/contractor", Kind.TEXT),
          new Column("pricingLocality", "/pricingLocality/locality", Kind.TEXT),
          new Column("qualifyingApmParticipant", "/qualifyingApmParticipant", Kind.BOOLEAN));
}
