package com.claims01940.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A payer's items must not overlap: on any date at most one of them is in force. */
public final class PolicyPeriods {
  private PolicyPeriods() {}

  /**
   * The first two items of one payer whose periods overlap, described; empty when none do. Items
   * with the same payer and effectiveFrom are one item (a later one replaces an earlier, as an
   * upsert does).
   */
  public static Optional<String> overlap(List<PayerPolicy> items) {
    Map<String, PayerPolicy> byKey = new LinkedHashMap<>();
    items.forEach(p -> byKey.put(p.payerId() + " " + p.effectiveFrom(), p));
    List<PayerPolicy> distinct = new ArrayList<>(byKey.values());
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        PayerPolicy a = distinct.get(i);
        PayerPolicy b = distinct.get(j);
        if (a.payerId().equals(b.payerId())
            && !end(a).isBefore(b.effectiveFrom())
            && !end(b).isBefore(a.effectiveFrom())) {
          return Optional.of(describe(a) + " overlaps " + describe(b));
        }
      }
    }
    return Optional.empty();
  }

  private static LocalDate end(PayerPolicy p) {
    return p.effectiveTo() == null ? LocalDate.MAX : p.effectiveTo();
  }

  private static String describe(PayerPolicy p) {
    return p.payerId()
        + " "
        + p.effectiveFrom()
        + " to "
        + (p.effectiveTo() == null ? "(open)" : p.effectiveTo());
  }
}
