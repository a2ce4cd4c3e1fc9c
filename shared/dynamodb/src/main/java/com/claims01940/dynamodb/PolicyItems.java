package com.claims01940.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Policy documents as DynamoDB items: a readable map a person can edit in the console or with the
 * CLI (objects → M, arrays → L, strings → S, numbers → N, booleans → BOOL, null → NULL), never a
 * string blob. A null top-level {@code effectiveTo} is left out, so "open-ended" is "absent".
 */
public final class PolicyItems {
  private PolicyItems() {}

  public static final String PARTITION_KEY = "payerId";
  public static final String SORT_KEY = "effectiveFrom";

  /** Top-level fields in document order; export writes them back in this order. */
  static final List<String> FIELDS =
      List.of(
          "payerId",
          "payerName",
          "procedureCode",
          "effectiveFrom",
          "effectiveTo",
          "version",
          "revision",
          "parameters");

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  public static Map<String, AttributeValue> toItem(JsonNode document) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    document
        .fields()
        .forEachRemaining(
            e -> {
              if (!(e.getKey().equals("effectiveTo") && e.getValue().isNull())) {
                item.put(e.getKey(), toAttribute(e.getValue()));
              }
            });
    return item;
  }

  public static ObjectNode toDocument(Map<String, AttributeValue> item) {
    ObjectNode doc = NODES.objectNode();
    for (String field : FIELDS) {
      AttributeValue v = item.get(field);
      doc.set(field, v == null ? NODES.nullNode() : toJson(v));
    }
    item.forEach(
        (k, v) -> {
          if (!FIELDS.contains(k)) {
            doc.set(k, toJson(v));
          }
        });
    return doc;
  }

  static AttributeValue toAttribute(JsonNode n) {
    if (n.isObject()) {
      Map<String, AttributeValue> m = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> m.put(e.getKey(), toAttribute(e.getValue())));
      return AttributeValue.fromM(m);
    }
    if (n.isArray()) {
      List<AttributeValue> l = new ArrayList<>();
      n.forEach(e -> l.add(toAttribute(e)));
      return AttributeValue.fromL(l);
    }
    if (n.isTextual()) {
      return AttributeValue.fromS(n.textValue());
    }
    if (n.isNumber()) {
      return AttributeValue.fromN(n.decimalValue().toPlainString());
    }
    if (n.isBoolean()) {
      return AttributeValue.fromBool(n.booleanValue());
    }
    return AttributeValue.fromNul(true);
  }

  static JsonNode toJson(AttributeValue v) {
    return switch (v.type()) {
      case M -> {
        ObjectNode o = NODES.objectNode();
        v.m().forEach((k, e) -> o.set(k, toJson(e)));
        yield o;
      }
      case L -> {
        ArrayNode a = NODES.arrayNode();
        v.l().forEach(e -> a.add(toJson(e)));
        yield a;
      }
      case S -> NODES.textNode(v.s());
      case N -> number(new BigDecimal(v.n()));
      case BOOL -> NODES.booleanNode(v.bool());
      case NUL -> NODES.nullNode();
      // Sets and binary are not part of a policy document; keep them readable rather than fail.
      case SS -> NODES.arrayNode().addAll(v.ss().stream().map(NODES::textNode).toList());
      default -> NODES.textNode(String.valueOf(v));
    };
  }

  /** Integral numbers come back as integers, so a round trip gives equal JSON trees. */
  private static JsonNode number(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < 32) {
      return NODES.numberNode(stripped.intValueExact());
    }
    if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < 64) {
      return NODES.numberNode(stripped.longValueExact());
    }
    return NODES.numberNode(d);
  }
}
