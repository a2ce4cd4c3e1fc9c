package com.claims01940.claim;

import com.claims01940.claim.Claim.Anesthesia;
import com.claims01940.claim.Claim.DiagnosticBlock;
import com.claims01940.claim.Claim.Documentation;
import com.claims01940.claim.Claim.HistoryEntry;
import com.claims01940.claim.Claim.MedicalDirection;
import com.claims01940.claim.Claim.NeurolyticAgent;
import com.claims01940.claim.Claim.Patient;
import com.claims01940.claim.Claim.PriorAuthorization;
import com.claims01940.claim.Claim.Procedure;
import com.claims01940.claim.Claim.RenderingProvider;
import com.claims01940.claim.Claim.SedationJustification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a request body into a {@link Claim}, or into the complete list of problems with it.
 * Limits here are deliberate (see README "Limits"): they keep a single request cheap to check.
 */
public final class ClaimReader {
  public static final String PROCEDURE_CODE = "01940";

  static final int MAX_ID = 64;
  static final int MAX_NAME = 200;
  static final int MAX_TEXT = 2000;
  static final int MAX_MODIFIERS = 10;
  static final int MAX_DIAGNOSES = 25;
  static final int MAX_LEVELS = 20;
  static final int MAX_HISTORY = 100;
  static final int MAX_BLOCKS = 20;
  static final int MAX_QUALIFYING = 10;

  private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9A-Z]");
  private static final Pattern POS = Pattern.compile("[0-9]{2}");
  private static final Pattern NPI = Pattern.compile("[0-9]{10}");
  private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{1,5}");
  private static final Pattern LEVEL = Pattern.compile("[CTLS][0-9]{1,2}(-[CTLS][0-9]{1,2})?");
  private static final Pattern DIAGNOSIS = Pattern.compile("[0-9A-Z.]{1,10}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]+");

  private ClaimReader() {}

  public static ClaimReadResult read(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (StreamConstraintsException e) {
      return invalid("", "body exceeds a parser limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      return invalid("", describe(e));
    } catch (IOException e) {
      return invalid("", "body could not be read as JSON");
    }
    if (root == null || root.isMissingNode()) {
      return invalid("", "body is empty; a claim object is required");
    }
    return read(root);
  }

  public static ClaimReadResult read(JsonNode root) {
    if (!root.isObject()) {
      return invalid("", "body must be a JSON object (a claim)");
    }
    TreeReader r = new TreeReader(root);
    String claimId = r.requiredString("/claimId", MAX_ID);
    if (claimId != null && !ID.matcher(claimId).matches()) {
      r.error("/claimId", "must use only letters, digits and . _ : / -");
      claimId = null;
    }
    String payerId = upper(r.requiredString("/payerId", 32));
    var dateOfService = r.requiredDate("/dateOfService");
    var submissionDate = r.date("/submissionDate");
    if (dateOfService != null && submissionDate != null && submissionDate.isBefore(dateOfService)) {
      r.error("/submissionDate", "must not be before dateOfService");
    }
    String pos = r.code("/placeOfService", POS, "a two-digit place-of-service code");
    Patient patient = patient(r, dateOfService);
    RenderingProvider provider = r.object("/renderingProvider")
        ? new RenderingProvider(r.code("/renderingProvider/npi", NPI, "a 10-digit NPI"),
            r.oneOf("/renderingProvider/role", ValueSets.ROLES))
        : null;
    List<String> diagnoses = r.list("/diagnosisCodes", MAX_DIAGNOSES,
        (t, p) -> t.code(p, DIAGNOSIS, "a diagnosis code of at most 10 letters, digits or dots"));
    Anesthesia anesthesia = anesthesia(r);
    Procedure procedure = r.object("/procedure")
        ? new Procedure(
            r.code("/procedure/code", CPT, "a five-character CPT code"),
            levels(r, "/procedure/levels"),
            r.oneOf("/procedure/modality", ValueSets.MODALITIES),
            r.code("/procedure/performingNpi", NPI, "a 10-digit NPI"))
        : null;
    PriorAuthorization priorAuth = r.object("/priorAuthorization")
        ? new PriorAuthorization(r.string("/priorAuthorization/number", MAX_ID),
            r.oneOf("/priorAuthorization/status", ValueSets.PRIOR_AUTH_STATUS))
        : null;
    List<HistoryEntry> history = r.list("/history", MAX_HISTORY, (t, p) -> t.object(p)
        ? new HistoryEntry(t.date(p + "/dateOfService"),
            t.code(p + "/procedureCode", CPT, "a five-character CPT code"), levels(t, p + "/levels"))
        : typeError(t, p));
    Documentation documentation = documentation(r);

    if (!r.errors.isEmpty()) {
      return new ClaimReadResult.Invalid(List.copyOf(r.errors));
    }
    if (!PROCEDURE_CODE.equals(anesthesia.procedureCode())) {
      return new ClaimReadResult.OutOfScope(claimId, anesthesia.procedureCode());
    }
    return new ClaimReadResult.Valid(new Claim(claimId, payerId, dateOfService, submissionDate, pos,
        patient, provider, diagnoses, anesthesia, procedure, priorAuth, history, documentation));
  }

  private static Patient patient(TreeReader r, java.time.LocalDate dateOfService) {
    if (!r.object("/patient")) {
      return null;
    }
    var birthDate = r.date("/patient/birthDate");
    if (birthDate != null && dateOfService != null && birthDate.isAfter(dateOfService)) {
      r.error("/patient/birthDate", "must not be after dateOfService");
    }
    return new Patient(r.string("/patient/name", MAX_NAME), r.string("/patient/memberId", MAX_ID),
        birthDate, r.oneOf("/patient/sex", ValueSets.SEX), r.decimal("/patient/bmi", 10, 100));
  }

  private static Anesthesia anesthesia(TreeReader r) {
    String code = null;
    if (!r.present("/anesthesia")) {
      r.error("/anesthesia", "is required");
    } else if (r.object("/anesthesia")) {
      if (!r.present("/anesthesia/procedureCode")) {
        r.error("/anesthesia/procedureCode", "is required");
      } else {
        code = r.code("/anesthesia/procedureCode", CPT, "a five-character CPT code");
      }
    } else {
      return null;
    }
    var start = r.dateTime("/anesthesia/startTime");
    var end = r.dateTime("/anesthesia/endTime");
    return new Anesthesia(code,
        r.list("/anesthesia/modifiers", MAX_MODIFIERS,
            (t, p) -> t.code(p, MODIFIER, "a modifier of 1 to 5 letters or digits")),
        r.oneOf("/anesthesia/type", ValueSets.ANESTHESIA_TYPES),
        start, end,
        r.integer("/anesthesia/minutes", 0, 1440),
        r.integer("/anesthesia/concurrentCases", 1, 99),
        r.bool("/anesthesia/presentAtInduction"),
        r.list("/anesthesia/qualifyingCircumstances", MAX_QUALIFYING,
            (t, p) -> t.code(p, CPT, "a five-digit CPT code such as 99100")));
  }

  private static Documentation documentation(TreeReader r) {
    if (!r.object("/documentation")) {
      return null;
    }
    String d = "/documentation";
    NeurolyticAgent agent = r.object(d + "/neurolyticAgent")
        ? new NeurolyticAgent(r.oneOf(d + "/neurolyticAgent/name", ValueSets.AGENTS),
            r.decimal(d + "/neurolyticAgent/volumeMl", 0, 1000),
            r.decimal(d + "/neurolyticAgent/concentrationPercent", 0, 100))
        : null;
    List<DiagnosticBlock> blocks = r.list(d + "/priorDiagnosticBlocks", MAX_BLOCKS, (t, p) -> t.object(p)
        ? new DiagnosticBlock(t.date(p + "/date"), t.integer(p + "/reliefPercent", 0, 100))
        : typeError(t, p));
    SedationJustification sedation = r.object(d + "/sedationJustification")
        ? new SedationJustification(
            r.list(d + "/sedationJustification/riskFactors", ValueSets.RISK_FACTORS.size(),
                (t, p) -> t.oneOf(p, ValueSets.RISK_FACTORS)),
            r.string(d + "/sedationJustification/depthOfSedation", MAX_NAME),
            r.string(d + "/sedationJustification/alternativesTried", MAX_TEXT))
        : null;
    String m = d + "/medicalDirection";
    MedicalDirection direction = r.object(m)
        ? new MedicalDirection(r.bool(m + "/preAnesthesiaExam"), r.bool(m + "/planPrescribed"),
            r.bool(m + "/presentAtInductionAndEmergence"), r.bool(m + "/remainderByQualifiedIndividual"),
            r.bool(m + "/monitoredFrequently"), r.bool(m + "/physicallyPresentAndAvailable"),
            r.bool(m + "/postAnesthesiaCare"))
        : null;
    return new Documentation(
        r.string(d + "/indication", MAX_TEXT),
        r.oneOf(d + "/imagingGuidance", ValueSets.IMAGING),
        agent,
        levels(r, d + "/levelsTreated"),
        r.oneOf(d + "/anesthesiaType", ValueSets.ANESTHESIA_TYPES),
        r.bool(d + "/informedConsent"),
        r.string(d + "/postProcedureCondition", MAX_TEXT),
        r.bool(d + "/preAnesthesiaEvaluation"),
        r.integer(d + "/asaPhysicalStatus", 1, 6),
        blocks, sedation, direction);
  }

  private static List<String> levels(TreeReader r, String pointer) {
    return r.list(pointer, MAX_LEVELS,
        (t, p) -> t.code(p, LEVEL, "a spinal level such as L4-L5 or S1"));
  }

  /** A list element that is not an object: TreeReader.object already recorded the error. */
  private static <T> T typeError(TreeReader r, String pointer) {
    return null;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static ClaimReadResult invalid(String field, String message) {
    return new ClaimReadResult.Invalid(List.of(new FieldError(field, message)));
  }

  /** A location-only description: Jackson's own text can quote the offending input. */
  private static String describe(JsonProcessingException e) {
    String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
        ? e.getOriginalMessage()
        : "body is not valid JSON";
    var loc = e.getLocation();
    return loc == null ? what : what + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }
}
