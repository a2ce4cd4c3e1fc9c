package com.claims01940.policy;

import com.claims01940.json.IsoDates;
import com.claims01940.policy.PayerPolicy.BlocksRule;
import com.claims01940.policy.PayerPolicy.NecessityRule;
import com.claims01940.policy.PayerPolicy.PriorAuthRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a policy document (seed file, DynamoDB item or API body) into a {@link PayerPolicy}. Every
 * parameter must be present as {@code {"value": …, "verified": …, "sources": […]}}; a missing or
 * mistyped one is a {@link PolicyFormatException} naming payer and field.
 */
public final class PolicyParser {
  private final JsonNode doc;
  private final String payerId;
  private final String jurisdiction;

  private PolicyParser(JsonNode doc, String jurisdiction) {
    this.doc = doc;
    this.jurisdiction = jurisdiction;
    JsonNode id = doc.path("payerId");
    this.payerId = id.isTextual() && !id.textValue().isBlank() ? id.textValue() : "(unknown)";
  }

  public static PayerPolicy parse(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw new PolicyFormatException("(unknown)", "(document)", "must be a JSON object");
    }
    return new PolicyParser(doc, null).policy();
  }

  /**
   * Reads a document about to be written (a PUT, the policy loader): {@link #parse}, and what a
   * stored item may still hold from before contract v1.2 but a new write must not. Medicare's
   * conversion factors live in the conversion-factor table by calendar year, so a payer paid
   * Medicare's way names none of its own.
   */
  public static PayerPolicy parseForWrite(JsonNode doc) {
    PayerPolicy policy = parse(doc);
    List<PolicyFormatException.Problem> problems = new ArrayList<>();
    if (doc.path("parameters").has("qualifyingApmConversionFactor")) {
      problems.add(
          problem(
              "parameters.qualifyingApmConversionFactor",
              "is no longer a parameter: Medicare's qualifying-APM factor is in the"
                  + " conversion-factor table"));
    }
    if (Boolean.TRUE.equals(policy.conversionFactorByLocality().value())
        && policy.conversionFactor().isSet()) {
      problems.add(
          problem(
              "parameters.conversionFactor.value",
              "must be null for a payer paid Medicare's way (conversionFactorByLocality): its"
                  + " factors come from the conversion-factor table of each calendar year"));
    }
    if (!problems.isEmpty()) {
      throw new PolicyFormatException(policy.payerId(), problems);
    }
    return policy;
  }

  /**
   * Reads every field before giving up, so one answer names every problem; a field that cannot be
   * read is left null and reported, and nothing is built unless all were read.
   */
  private PayerPolicy policy() {
    List<PolicyFormatException.Problem> problems = new ArrayList<>();
    if ("(unknown)".equals(payerId)) {
      problems.add(problem("payerId", "is required"));
    }
    LocalDate from = read(problems, () -> date(doc.path("effectiveFrom"), "effectiveFrom"));
    if (from == null && problems.stream().noneMatch(p -> p.field().equals("effectiveFrom"))) {
      problems.add(problem("effectiveFrom", "is required"));
    }
    LocalDate to = read(problems, () -> date(doc.path("effectiveTo"), "effectiveTo"));
    if (to != null && from != null && to.isBefore(from)) {
      problems.add(problem("effectiveTo", "is before effectiveFrom"));
    }
    JsonNode version = doc.path("version");
    if (!version.isTextual()) {
      problems.add(problem("version", "must be a string"));
    }
    JsonNode revision = doc.path("revision");
    if (!revision.canConvertToLong() || !revision.isIntegralNumber()) {
      problems.add(problem("revision", "must be a whole number"));
    }
    boolean hasParameters = doc.path("parameters").isObject();
    if (!hasParameters) {
      problems.add(problem("parameters", "must be an object"));
    }
    Object[] values = new Object[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      values[i] =
          switch (c.getName()) {
            case "payerId" -> payerId;
            case "payerName" -> doc.path("payerName").asText(payerId);
            case "effectiveFrom" -> from;
            case "effectiveTo" -> to;
            case "version" -> version.asText();
            case "revision" -> revision.longValue();
            case "document" -> doc;
            case "jurisdiction" -> jurisdiction;
            case "jurisdictions" -> Map.of();
            default ->
                hasParameters
                    ? read(
                        problems,
                        () ->
                            param(
                                c.getName(),
                                reader(
                                    ((ParameterizedType) c.getGenericType())
                                        .getActualTypeArguments()[0])))
                    : null;
          };
    }
    // Each jurisdiction repeats the national parameters: read it only when they are sound, so a
    // national problem is named once, not once per jurisdiction.
    if (problems.isEmpty()) {
      values[JURISDICTIONS] = jurisdictions(problems);
    }
    if (!problems.isEmpty()) {
      throw new PolicyFormatException(payerId, problems);
    }
    try {
      return CONSTRUCTOR.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a PayerPolicy", e);
    }
  }

  private static <T> T read(
      List<PolicyFormatException.Problem> problems, java.util.function.Supplier<T> field) {
    try {
      return field.get();
    } catch (PolicyFormatException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static PolicyFormatException.Problem problem(String field, String problem) {
    return new PolicyFormatException.Problem(field, problem);
  }

  private static final RecordComponent[] COMPONENTS = PayerPolicy.class.getRecordComponents();
  private static final Pattern JURISDICTION = Pattern.compile("J(5|6|8|15|E|F|H|J|K|L|M|N)");
  private static final int JURISDICTIONS =
      Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList().indexOf("jurisdictions");

  /**
   * {@code jurisdictions: {"JK": {<parameter>: {value, verified, sources}}, …}} (optional): each
   * jurisdiction's policy is this document with those parameters replaced, read by the same parser.
   */
  private Map<String, PayerPolicy> jurisdictions(List<PolicyFormatException.Problem> problems) {
    JsonNode j = doc.path("jurisdictions");
    if (jurisdiction != null || j.isMissingNode() || j.isNull()) {
      return Map.of();
    }
    if (!j.isObject()) {
      problems.add(problem("jurisdictions", "must be an object of MAC jurisdictions (JK, J15, …)"));
      return Map.of();
    }
    Map<String, PayerPolicy> out = new LinkedHashMap<>();
    for (var e : (Iterable<Map.Entry<String, JsonNode>>) j::fields) {
      String path = "jurisdictions." + e.getKey();
      if (!JURISDICTION.matcher(e.getKey()).matches()) {
        problems.add(
            problem(
                path,
                "is not an A/B MAC jurisdiction (J5, J6, J8, J15, JE, JF, JH, JJ, JK, JL, JM, JN)"));
        continue;
      }
      if (!e.getValue().isObject()) {
        problems.add(problem(path, "must be an object of parameters"));
        continue;
      }
      ObjectNode merged = doc.deepCopy();
      merged.remove("jurisdictions");
      ObjectNode params = (ObjectNode) merged.path("parameters");
      boolean known = true;
      for (var p : (Iterable<Map.Entry<String, JsonNode>>) e.getValue()::fields) {
        if (!params.has(p.getKey()) && !ADDED_LATER.contains(p.getKey())) {
          problems.add(problem(path + "." + p.getKey(), "is not a parameter of the policy"));
          known = false;
        }
        params.set(p.getKey(), p.getValue());
      }
      if (!known) {
        continue;
      }
      try {
        out.put(e.getKey(), new PolicyParser(merged, e.getKey()).policy());
      } catch (PolicyFormatException bad) {
        // The national fields read well, so every problem here is in an overridden parameter.
        bad.problems()
            .forEach(
                p ->
                    problems.add(
                        problem(path + p.field().substring("parameters".length()), p.problem())));
      }
    }
    return out;
  }

  /**
   * The national policy as applied in a jurisdiction the item does not override: the parameters any
   * jurisdiction overrides keep their national value but are not verified for this one.
   */
  static PayerPolicy unconfirmedIn(PayerPolicy national, String code) {
    Set<String> overridden = new HashSet<>();
    national
        .document()
        .path("jurisdictions")
        .forEach(o -> o.fieldNames().forEachRemaining(overridden::add));
    Object[] values = new Object[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      try {
        values[i] = c.getAccessor().invoke(national);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (c.getName().equals("jurisdiction")) {
        values[i] = code;
      } else if (c.getName().equals("jurisdictions")) {
        values[i] = Map.of();
      } else if (overridden.contains(c.getName()) && values[i] instanceof Param<?> p) {
        List<String> sources = new ArrayList<>(p.sources());
        sources.add(
            "National value: "
                + code
                + "'s own policy is not recorded here, so not verified for it");
        values[i] = new Param<>(p.name(), p.value(), false, List.copyOf(sources));
      }
    }
    try {
      return CONSTRUCTOR.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a PayerPolicy", e);
    }
  }

  /**
   * Parameters added after items were first written (contract v1.2): an item stored before them
   * still reads, with the rule off, so deploying the code never makes a stored item malformed.
   */
  private static final Set<String> ADDED_LATER =
      Set.of("repeatReliefPercent", "repeatReliefWeeks", "anesthesiaTypesNotCovered");

  private static final Constructor<PayerPolicy> CONSTRUCTOR = constructor();

  private static Constructor<PayerPolicy> constructor() {
    try {
      return PayerPolicy.class.getDeclaredConstructor(
          Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How a parameter's value is read, chosen by the type its record component declares. */
  private Function<At, ?> reader(Type type) {
    if (type == Integer.class) {
      return this::integer;
    } else if (type == BigDecimal.class) {
      return this::decimal;
    } else if (type == Severity.class) {
      return this::severity;
    } else if (type == Boolean.class) {
      return this::bool;
    } else if (type == PriorAuthRule.class) {
      return this::priorAuth;
    } else if (type == NecessityRule.class) {
      return this::necessity;
    } else if (type == BlocksRule.class) {
      return this::blocks;
    } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return this::strings;
    } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return this::intMap;
    }
    throw new IllegalStateException("no reader for parameter type " + type);
  }

  /** A field being read: its path (for messages) and node. */
  private record At(String path, JsonNode node) {
    At get(String name) {
      return new At(path + "." + name, node.path(name));
    }
  }

  private Param<?> param(String name, Function<At, ?> reader) {
    String path = "parameters." + name;
    JsonNode p = doc.path("parameters").path(name);
    if (p.isMissingNode() && ADDED_LATER.contains(name)) {
      return new Param<>(name, null, false, List.of("Not in this item: the rule is off for it"));
    }
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
    Object v = value.node().isNull() ? null : reader.apply(value);
    return new Param<>(
        name,
        v,
        p.get("verified").booleanValue(),
        strings(new At(path + ".sources", p.path("sources"))));
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
    return new PriorAuthRule(
        strings(at.get("procedureCodes")),
        places.node().isNull() || places.node().isMissingNode() ? null : strings(places),
        date(at.node().path("fromDate"), at.path() + ".fromDate"));
  }

  private NecessityRule necessity(At at) {
    object(at);
    return new NecessityRule(
        severity(at.get("severity")),
        strings(at.get("acceptedRiskFactors")),
        strings(at.get("waivedProcedureCodes")),
        strings(at.get("waivedModalities")));
  }

  private BlocksRule blocks(At at) {
    object(at);
    return new BlocksRule(
        integer(at.get("count")),
        integer(at.get("minReliefPercent")),
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
    LocalDate date = n.isTextual() ? IsoDates.date(n.textValue()) : null;
    if (date == null) {
      throw fail(path, "must be a date YYYY-MM-DD");
    }
    return date;
  }

  private PolicyFormatException fail(String field, String problem) {
    return new PolicyFormatException(payerId, field, problem);
  }
}
