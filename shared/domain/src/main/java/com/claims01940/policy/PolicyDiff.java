package com.claims01940.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What changed between two revisions of one policy item, field by field. */
public final class PolicyDiff {
  private PolicyDiff() {}

  /** The item fields a person edits besides the parameters (keys and revision never change). */
  private static final List<String> ITEM_FIELDS =
      List.of("payerName", "procedureCode", "effectiveTo", "version");

  /** Numbers compare by value: 20.4976 read from DynamoDB equals 20.4976 sent as JSON. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  /** Every changed field, item fields first, then parameters, then jurisdictions' parameters. */
  public static List<PolicyChange.Field> changes(JsonNode before, JsonNode after) {
    List<PolicyChange.Field> out = new ArrayList<>();
    for (String field : ITEM_FIELDS) {
      compare(field, wrap(before.path(field)), wrap(after.path(field)), out);
    }
    compareAll("", before.path("parameters"), after.path("parameters"), out);
    for (String code : union(before.path("jurisdictions"), after.path("jurisdictions"))) {
      compareAll(
          "jurisdictions." + code + ".",
          before.path("jurisdictions").path(code),
          after.path("jurisdictions").path(code),
          out);
    }
    return List.copyOf(out);
  }

  private static void compareAll(
      String prefix, JsonNode before, JsonNode after, List<PolicyChange.Field> out) {
    for (String name : union(before, after)) {
      compare(prefix + name, present(before.path(name)), present(after.path(name)), out);
    }
  }

  private static void compare(
      String field, JsonNode before, JsonNode after, List<PolicyChange.Field> out) {
    boolean same = before == null ? after == null : after != null && before.equals(BY_VALUE, after);
    if (!same) {
      out.add(new PolicyChange.Field(field, before, after));
    }
  }

  private static Set<String> union(JsonNode a, JsonNode b) {
    Set<String> names = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode present(JsonNode n) {
    return n.isMissingNode() ? null : n;
  }

  /** An item field as {value}: absent and null are both "no value" (an open-ended effectiveTo). */
  private static JsonNode wrap(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return JsonNodeFactory.instance.objectNode().set("value", n);
  }
}
