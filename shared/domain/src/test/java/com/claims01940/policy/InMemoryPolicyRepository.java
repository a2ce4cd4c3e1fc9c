package com.claims01940.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's port in memory, with the commit's contract: all or nothing, and only when nothing of
 * the payer changed since the read. {@link #interleave} runs once just before the next commit, as
 * another writer would.
 */
final class InMemoryPolicyRepository implements PolicyEditor.Repository {
  final Map<String, ObjectNode> items = new LinkedHashMap<>();
  final Map<String, List<PolicyChange>> history = new LinkedHashMap<>();
  final Map<String, Long> lastChange = new LinkedHashMap<>();
  Runnable interleave;
  int commits;

  static InMemoryPolicyRepository seeded() {
    InMemoryPolicyRepository r = new InMemoryPolicyRepository();
    SeedPolicies.documents().forEach(d -> r.items.put(key(d), (ObjectNode) d.deepCopy()));
    return r;
  }

  static String key(JsonNode d) {
    return d.path("payerId").asText() + " " + d.path("effectiveFrom").asText();
  }

  @Override
  public PolicyEditor.PayerItems read(String payerId) {
    List<JsonNode> of =
        items.values().stream()
            .filter(d -> d.path("payerId").asText().equals(payerId))
            .map(d -> (JsonNode) d.deepCopy())
            .toList();
    return new PolicyEditor.PayerItems(of, lastChange.getOrDefault(payerId, 0L));
  }

  @Override
  public void commit(ObjectNode document, PolicyEditor.PayerItems seen, PolicyChange change) {
    commits++;
    if (interleave != null) {
      Runnable other = interleave;
      interleave = null;
      other.run();
    }
    String payer = document.path("payerId").asText();
    if (lastChange.getOrDefault(payer, 0L) != seen.lastChange()) {
      throw new PolicyEditor.ConcurrentChange("payer changed since read", null);
    }
    lastChange.put(payer, seen.lastChange() + 1);
    items.put(key(document), document.deepCopy());
    history.computeIfAbsent(key(document), k -> new ArrayList<>()).add(change);
  }

  @Override
  public List<PolicyChange> history(String payerId, LocalDate effectiveFrom) {
    return history.getOrDefault(payerId + " " + effectiveFrom, List.of());
  }
}
