package com.claims01940.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A payer and the effective ranges of its policy versions, for GET /v1/payers. */
public record PayerSummary(String payerId, String payerName, List<Range> policies) {

  public record Range(LocalDate effectiveFrom, LocalDate effectiveTo, String version) {}

  /** Groups versions by payer, sorted by payer id then effectiveFrom. */
  public static List<PayerSummary> of(List<PayerPolicy> all) {
    Map<String, List<PayerPolicy>> byPayer = all.stream()
        .collect(Collectors.groupingBy(PayerPolicy::payerId, TreeMap::new, Collectors.toList()));
    return byPayer.values().stream().map(versions -> {
      List<PayerPolicy> sorted = versions.stream()
          .sorted(Comparator.comparing(PayerPolicy::effectiveFrom)).toList();
      PayerPolicy latest = sorted.get(sorted.size() - 1);
      return new PayerSummary(latest.payerId(), latest.payerName(), sorted.stream()
          .map(p -> new Range(p.effectiveFrom(), p.effectiveTo(), p.version())).toList());
    }).toList();
  }
}
