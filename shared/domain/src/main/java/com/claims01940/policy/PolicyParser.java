package com.claims01940.policy;

import com.claims01940.policy.PayerPolicy.BlocksRule;
import com.claims01940.policy.PayerPolicy.NecessityRule;
import com.claims01940.policy.PayerPolicy.PriorAuthRule;
import com.claims01940.rules.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a policy document (seed file, DynamoDB item or API body) into a {@link PayerPolicy}.
 * Every parameter must be present as {@code {"value": …, "verified": …, "sources": […]}}; a
 * missing or mistyped one is a {@link PolicyFormatException} naming payer and field.
 */
public final class PolicyParser {
  private final JsonNode doc;
  private final String payerId;

  private PolicyParser(JsonNode doc) {
    this.doc = doc;
    JsonNode id = doc.path("payerId");
    this.payerId = id.isTextual() && !id.textValue().isBlank() ? id.textValue() : "(unknown)";
  }

  public static PayerPolicy parse(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw new PolicyFormatException("(unknown)", "(document)", "must be a JSON object");
    }
    return new PolicyParser(doc).policy();
  }

  private PayerPolicy policy() {
    if ("(unknown)".equals(payerId)) {
      throw fail("payerId", "is required");
    }
    LocalDate from = date(doc.path("effectiveFrom"), "effectiveFrom");
    if (from == null) {
      throw fail("effectiveFrom", "is required");
    }
    LocalDate to = date(doc.path("effectiveTo"), "effectiveTo");
    if (to != null && to.isBefore(from)) {
      throw fail("effectiveTo", "is before effectiveFrom");
    }
    JsonNode version = doc.path("version");
    if (!version.isTextual()) {
      throw fail("version", "must be a string");
    }
    JsonNode revision = doc.path("revision");
    if (!revision.canConvertToLong() || !revision.isIntegralNumber()) {
      throw fail("revision", "must be a whole number");
    }
    if (!doc.path("parameters").isObject()) {
      throw fail("parameters", "must be an object");
    }
    return new PayerPolicy(payerId, doc.path("payerName").asText(payerId), from, to,
        version.textValue(), revision.longValue(),
        param("baseUnits", this::integer),
        param("timeUnitMinutes", this::integer),
        param("modifierPercent", this::intMap),
        param("supervisionBaseUnits", this::integer),
        param("supervisionInductionUnits", this::integer),
        param("conversionFactor", this::decimal),
        param("pricingModifierRequired", this::severity),
        param("pricingModifierPosition", this::severity),
        param("qsRequiredWhenMac", this::severity),
        param("physicalStatusRequired", this::severity),
        param("physicalStatusUnits", this::intMap),
        param("qualifyingCircumstanceUnits", this::intMap),
        param("placesOfService", this::stringList),
        param("priorAuthorization", this::priorAuth),
        param("anesthesiaNecessity", this::necessity),
        param("sedationJustificationRequired", this::severity),
        param("facetNonCoveredModalities", this::stringList),
        param("facetMaxLevelsPerSession", this::integer),
        param("facetLevelLimitPerSide", this::bool),
        param("facetDiagnosticBlocks", this::blocks),
        param("facetMaxSessionsPer12Months", this::integer),
        param("facetMinDaysBetweenSameLevel", this::integer),
        param("facetCoveredDiagnoses", this::stringList),
        param("epiduralCoveredDiagnoses", this::stringList),
        param("timelyFilingDays", this::integer),
        doc);
  }

  /** A field being read: its path (for messages) and node. */
  private record At(String path, JsonNode node) {
    At get(String name) {
      return new At(path + "." + name, node.path(name));
    }
  }

  private <T> Param<T> param(String name, Function<At, T> reader) {
    String path = "parameters." + name;
    JsonNode p = doc.path("parameters").path(name);
    if (!p.isObject()) {
      throw fail(path, "is missing; write {\"value\": …, \"verified\": …, \"sources\": […]}");
    }
    if (!p.has("value")) {
      throw fail(path + ".value", "is missing (use null to switch the rule off)");
    }
    if (!p.path("verified").isBoolean()) {
      throw fail(path + ".verified", "must be true or false");
    }
    At value = new At(path + ".value", p.get("value"));
    T v = value.node().isNull() ? null : reader.apply(value);
    return new Param<>(name, v, p.get("verified").booleanValue(), strings(new At(path + ".sources",
        p.path("sources"))));
  }

  private Integer integer(At at) {
    if (!at.node().isIntegralNumber() || !at.node().canConvertToInt()) {
      throw fail(at.path(), "must be a whole number");
    }
    return at.node().intValue();
  }

  private Boolean bool(At at) {
    if (!at.node().isBoolean()) {
      throw fail(at.path(), "must be true or false");
    }
    return at.node().booleanValue();
  }

  private BigDecimal decimal(At at) {
    if (!at.node().isNumber()) {
      throw fail(at.path(), "must be a number");
    }
    return at.node().decimalValue();
  }

  private Severity severity(At at) {
    if (!at.node().isTextual()) {
      throw fail(at.path(), "must be one of INFO, WARNING, ERROR");
    }
    try {
      return Severity.valueOf(at.node().textValue().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw fail(at.path(), "must be one of INFO, WARNING, ERROR");
    }
  }

  private List<String> stringList(At at) {
    return strings(at);
  }

  private List<String> strings(At at) {
    if (!at.node().isArray()) {
      throw fail(at.path(), "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : at.node()) {
      if (!n.isTextual()) {
        throw fail(at.path(), "must be an array of strings");
      }
      out.add(n.textValue());
    }
    return List.copyOf(out);
  }

  private Map<String, Integer> intMap(At at) {
    if (!at.node().isObject()) {
      throw fail(at.path(), "must be an object of whole numbers");
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    at.node().fieldNames().forEachRemaining(k -> out.put(k, integer(at.get(k))));
    return java.util.Collections.unmodifiableMap(out);
  }

  private PriorAuthRule priorAuth(At at) {
    object(at);
    At places = at.get("placesOfService");
    return new PriorAuthRule(strings(at.get("procedureCodes")),
        places.node().isNull() || places.node().isMissingNode() ? null : strings(places),
        date(at.node().path("fromDate"), at.path() + ".fromDate"));
  }

  private NecessityRule necessity(At at) {
    object(at);
    return new NecessityRule(severity(at.get("severity")), strings(at.get("acceptedRiskFactors")),
        strings(at.get("waivedProcedureCodes")), strings(at.get("waivedModalities")));
  }

  private BlocksRule blocks(At at) {
    object(at);
    return new BlocksRule(integer(at.get("count")), integer(at.get("minReliefPercent")),
        severity(at.get("severity")));
  }

  private void object(At at) {
    if (!at.node().isObject()) {
      throw fail(at.path(), "must be an object");
    }
  }

  private LocalDate date(JsonNode n, String path) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(n.asText());
    } catch (DateTimeParseException e) {
      throw fail(path, "must be a date YYYY-MM-DD");
    }
  }

  private PolicyFormatException fail(String field, String problem) {
    return new PolicyFormatException(payerId, field, problem);
  }
}
