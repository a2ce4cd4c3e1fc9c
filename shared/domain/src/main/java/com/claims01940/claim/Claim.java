package com.claims01940.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * A 01940 anesthesia claim as the API contract defines it. Everything but claimId, payerId,
 * dateOfService and anesthesia.procedureCode may be null: an absent item an aspect needs is a
 * finding, not a request error. Lists are never null (absent means empty).
 */
public record Claim(
    String claimId,
    String payerId,
    LocalDate dateOfService,
    LocalDate submissionDate,
    String placeOfService,
    Patient patient,
    RenderingProvider renderingProvider,
    List<String> diagnosisCodes,
    Anesthesia anesthesia,
    Procedure procedure,
    PriorAuthorization priorAuthorization,
    List<HistoryEntry> history,
    Documentation documentation,
    PricingLocality pricingLocality,
    Boolean qualifyingApmParticipant,
    Charges charges) {

  /**
   * What the claim bills: the total (837P CLM02) and the sum of its line charges (SV102), in USD.
   * Given by the 837P reader; optional in the API.
   */
  public record Charges(Double total, Double lines) {}

  /**
   * The Medicare payment locality of the place of service, as CMS's locality file names it: a
   * 5-digit contractor and a 2-digit locality.
   */
  public record PricingLocality(String contractor, String locality) {}

  public record Patient(
      String name, String memberId, LocalDate birthDate, String sex, Double bmi) {}

  public record RenderingProvider(String npi, String role) {}

  public record Anesthesia(
      String procedureCode,
      List<String> modifiers,
      String type,
      java.time.OffsetDateTime startTime,
      java.time.OffsetDateTime endTime,
      Integer minutes,
      Integer concurrentCases,
      Boolean presentAtInduction,
      List<String> qualifyingCircumstances) {}

  /** {@code laterality}: LEFT, RIGHT or BILATERAL; null when the claim does not say. */
  public record Procedure(
      String code, List<String> levels, String modality, String performingNpi, String laterality) {}

  public record PriorAuthorization(String number, String status) {}

  /**
   * An earlier procedure; {@code reliefPercent}/{@code reliefWeeks}: the relief an earlier
   * denervation gave, as the record states it (null when not stated).
   */
  public record HistoryEntry(
      LocalDate dateOfService,
      String procedureCode,
      List<String> levels,
      String laterality,
      Integer reliefPercent,
      Integer reliefWeeks) {}

  public record Documentation(
      String indication,
      String imagingGuidance,
      NeurolyticAgent neurolyticAgent,
      List<String> levelsTreated,
      String anesthesiaType,
      Boolean informedConsent,
      String postProcedureCondition,
      Boolean preAnesthesiaEvaluation,
      Integer asaPhysicalStatus,
      List<DiagnosticBlock> priorDiagnosticBlocks,
      SedationJustification sedationJustification,
      MedicalDirection medicalDirection) {}

  public record NeurolyticAgent(String name, Double volumeMl, Double concentrationPercent) {}

  /** A diagnostic block; {@code levels} (empty when not stated) limits it to those joints. */
  public record DiagnosticBlock(LocalDate date, Integer reliefPercent, List<String> levels) {}

  public record SedationJustification(
      List<String> riskFactors, String depthOfSedation, String alternativesTried) {}

  /** The seven elements of medical direction (42 CFR 415.110); null means not documented. */
  public record MedicalDirection(
      Boolean preAnesthesiaExam,
      Boolean planPrescribed,
      Boolean presentAtInductionAndEmergence,
      Boolean remainderByQualifiedIndividual,
      Boolean monitoredFrequently,
      Boolean physicallyPresentAndAvailable,
      Boolean postAnesthesiaCare) {}

  /** The modifiers on the anesthesia line, in position order; empty when there is no line. */
  public List<String> modifiers() {
    return anesthesia == null ? List.of() : anesthesia.modifiers();
  }
}
