package com.claims01940.claim;

import com.claims01940.claim.Claim.Anesthesia;
import com.claims01940.claim.Claim.DiagnosticBlock;
import com.claims01940.claim.Claim.Documentation;
import com.claims01940.claim.Claim.HistoryEntry;
import com.claims01940.claim.Claim.MedicalDirection;
import com.claims01940.claim.Claim.NeurolyticAgent;
import com.claims01940.claim.Claim.Patient;
import com.claims01940.claim.Claim.PricingLocality;
import com.claims01940.claim.Claim.PriorAuthorization;
import com.claims01940.claim.Claim.Procedure;
import com.claims01940.claim.Claim.RenderingProvider;
import com.claims01940.claim.Claim.SedationJustification;
import com.claims01940.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a request body into a {@link Claim}, or into the complete list of problems with it. Limits
 * here are deliberate (see README "Limits"): they keep a single request cheap to check.
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

  /** X12's largest monetary amount (18 digits) is far beyond any claim; this bounds typos. */
  static final double MAX_CHARGE = 10_000_000;

  private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9A-Z]");
  private static final Pattern POS = Pattern.compile("[0-9]{2}");
  private static final Pattern NPI = Pattern.compile("[0-9]{10}");
  private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{1,5}");
  private static final Pattern LEVEL = Pattern.compile("[CTLS][0-9]{1,2}(-[CTLS][0-9]{1,2})?");
  private static final Pattern DIAGNOSIS = Pattern.compile("[0-9A-Z.]{1,10}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]+");
  private static final Pattern CONTRACTOR = Pattern.compile("[0-9]{5}");
  private static final Pattern LOCALITY = Pattern.compile("[0-9]{2}");

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
    String claimId = r.requiredString("claimId", MAX_ID);
    if (claimId != null && !ID.matcher(claimId).matches()) {
      r.error("claimId", "must use only letters, digits and . _ : / -");
      claimId = null;
    }
    String payerId = upper(r.requiredString("payerId", 32));
    var dateOfService = r.requiredDate("dateOfService");
    var submissionDate = r.date("submissionDate");
    if (dateOfService != null && submissionDate != null && submissionDate.isBefore(dateOfService)) {
      r.error("submissionDate", "must not be before dateOfService");
    }
    String pos = r.code("placeOfService", POS, "a two-digit place-of-service code");
    Patient patient = patient(r.object("patient"), dateOfService);
    TreeReader p = r.object("renderingProvider");
    RenderingProvider provider =
        p == null
            ? null
            : new RenderingProvider(
                p.code("npi", NPI, "a 10-digit NPI"), p.oneOf("role", ValueSets.ROLES));
    List<String> diagnoses =
        r.list(
            "diagnosisCodes",
            MAX_DIAGNOSES,
            (list, item, key) ->
                list.code(
                    item,
                    key,
                    DIAGNOSIS,
                    "a diagnosis code of at most 10 letters, digits or dots"));
    Anesthesia anesthesia = anesthesia(r);
    TreeReader proc = r.object("procedure");
    Procedure procedure =
        proc == null
            ? null
            : new Procedure(
                proc.code("code", CPT, "a five-character CPT code"),
                levels(proc, "levels"),
                proc.oneOf("modality", ValueSets.MODALITIES),
                proc.code("performingNpi", NPI, "a 10-digit NPI"),
                proc.oneOf("laterality", ValueSets.LATERALITY));
    TreeReader auth = r.object("priorAuthorization");
    PriorAuthorization priorAuth =
        auth == null
            ? null
            : new PriorAuthorization(
                auth.string("number", MAX_ID), auth.oneOf("status", ValueSets.PRIOR_AUTH_STATUS));
    List<HistoryEntry> history =
        r.list(
            "history",
            MAX_HISTORY,
            (list, item, key) -> {
              TreeReader h = list.object(item, key);
              return h == null
                  ? null
                  : new HistoryEntry(
                      h.date("dateOfService"),
                      h.code("procedureCode", CPT, "a five-character CPT code"),
                      levels(h, "levels"),
                      h.oneOf("laterality", ValueSets.LATERALITY),
                      h.integer("reliefPercent", 0, 100),
                      h.integer("reliefWeeks", 0, 520));
            });
    Documentation documentation = documentation(r.object("documentation"));
    PricingLocality pricingLocality = pricingLocality(r.object("pricingLocality"));
    Boolean qualifyingApmParticipant = r.bool("qualifyingApmParticipant");
    TreeReader c = r.object("charges");
    Claim.Charges charges =
        c == null
            ? null
            : new Claim.Charges(
                c.decimal("total", 0, MAX_CHARGE), c.decimal("lines", 0, MAX_CHARGE));

    if (!r.errors.isEmpty()) {
      return new ClaimReadResult.Invalid(List.copyOf(r.errors));
    }
    if (!PROCEDURE_CODE.equals(anesthesia.procedureCode())) {
      return new ClaimReadResult.OutOfScope(claimId, anesthesia.procedureCode());
    }
    return new ClaimReadResult.Valid(
        new Claim(
            claimId,
            payerId,
            dateOfService,
            submissionDate,
            pos,
            patient,
            provider,
            diagnoses,
            anesthesia,
            procedure,
            priorAuth,
            history,
            documentation,
            pricingLocality,
            qualifyingApmParticipant,
            charges));
  }

  private static PricingLocality pricingLocality(TreeReader p) {
    if (p == null) {
      return null;
    }
    for (String field : List.of("contractor", "locality")) {
      if (!p.present(field)) {
        p.error(field, "is required with the other part of the locality");
      }
    }
    return new PricingLocality(
        p.code("contractor", CONTRACTOR, "a 5-digit Medicare contractor number"),
        p.code("locality", LOCALITY, "a 2-digit Medicare locality number"));
  }

  private static Patient patient(TreeReader p, java.time.LocalDate dateOfService) {
    if (p == null) {
      return null;
    }
    var birthDate = p.date("birthDate");
    if (birthDate != null && dateOfService != null && birthDate.isAfter(dateOfService)) {
      p.error("birthDate", "must not be after dateOfService");
    }
    return new Patient(
        p.string("name", MAX_NAME),
        p.string("memberId", MAX_ID),
        birthDate,
        p.oneOf("sex", ValueSets.SEX),
        p.decimal("bmi", 10, 100));
  }

  /** Null when absent or not an object (both already recorded as errors). */
  private static Anesthesia anesthesia(TreeReader r) {
    if (!r.present("anesthesia")) {
      r.error("anesthesia", "is required");
      return null;
    }
    TreeReader a = r.object("anesthesia");
    if (a == null) {
      return null;
    }
    String code = null;
    if (!a.present("procedureCode")) {
      a.error("procedureCode", "is required");
    } else {
      code = a.code("procedureCode", CPT, "a five-character CPT code");
    }
    var start = a.dateTime("startTime");
    var end = a.dateTime("endTime");
    return new Anesthesia(
        code,
        a.list(
            "modifiers",
            MAX_MODIFIERS,
            (list, item, key) ->
                list.code(item, key, MODIFIER, "a modifier of 1 to 5 letters or digits")),
        a.oneOf("type", ValueSets.ANESTHESIA_TYPES),
        start,
        end,
        a.integer("minutes", 0, 1440),
        a.integer("concurrentCases", 1, 99),
        a.bool("presentAtInduction"),
        a.list(
            "qualifyingCircumstances",
            MAX_QUALIFYING,
            (list, item, key) -> list.code(item, key, CPT, "a five-digit CPT code such as 99100")));
  }

  private static Documentation documentation(TreeReader d) {
    if (d == null) {
      return null;
    }
    TreeReader a = d.object("neurolyticAgent");
    NeurolyticAgent agent =
        a == null
            ? null
            : new NeurolyticAgent(
                a.oneOf("name", ValueSets.AGENTS),
                a.decimal("volumeMl", 0, 1000),
                a.decimal("concentrationPercent", 0, 100));
    List<DiagnosticBlock> blocks =
        d.list(
            "priorDiagnosticBlocks",
            MAX_BLOCKS,
            (list, item, key) -> {
              TreeReader b = list.object(item, key);
              return b == null
                  ? null
                  : new DiagnosticBlock(
                      b.date("date"), b.integer("reliefPercent", 0, 100), levels(b, "levels"));
            });
    TreeReader s = d.object("sedationJustification");
    SedationJustification sedation =
        s == null
            ? null
            : new SedationJustification(
                s.list(
                    "riskFactors",
                    ValueSets.RISK_FACTORS.size(),
                    (list, item, key) -> list.oneOf(item, key, ValueSets.RISK_FACTORS)),
                s.string("depthOfSedation", MAX_NAME),
                s.string("alternativesTried", MAX_TEXT));
    TreeReader m = d.object("medicalDirection");
    MedicalDirection direction =
        m == null
            ? null
            : new MedicalDirection(
                m.bool("preAnesthesiaExam"),
                m.bool("planPrescribed"),
                m.bool("presentAtInductionAndEmergence"),
                m.bool("remainderByQualifiedIndividual"),
                m.bool("monitoredFrequently"),
                m.bool("physicallyPresentAndAvailable"),
                m.bool("postAnesthesiaCare"));
    return new Documentation(
        d.string("indication", MAX_TEXT),
        d.oneOf("imagingGuidance", ValueSets.IMAGING),
        agent,
        levels(d, "levelsTreated"),
        d.oneOf("anesthesiaType", ValueSets.ANESTHESIA_TYPES),
        d.bool("informedConsent"),
        d.string("postProcedureCondition", MAX_TEXT),
        d.bool("preAnesthesiaEvaluation"),
        d.integer("asaPhysicalStatus", 1, 6),
        blocks,
        sedation,
        direction);
  }

  private static List<String> levels(TreeReader r, String field) {
    return r.list(
        field,
        MAX_LEVELS,
        (list, item, key) -> list.code(item, key, LEVEL, "a spinal level such as L4-L5 or S1"));
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static ClaimReadResult invalid(String field, String message) {
    return new ClaimReadResult.Invalid(List.of(new FieldError(field, message)));
  }

  /** A location-only description: Jackson's own text can quote the offending input. */
  private static String describe(JsonProcessingException e) {
    String what = "body is not valid JSON";
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Duplicate field '")) {
      // "Duplicate field 'x' for `ObjectNode`: not allowed when …": keep the part a caller can act
      // on.
      int end = original.indexOf("' for `");
      what = end > 0 ? original.substring(0, end + 1) : "Duplicate field";
    }
    var loc = e.getLocation();
    return loc == null
        ? what
        : what + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }
}
