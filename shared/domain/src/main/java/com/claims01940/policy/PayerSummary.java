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

  /** One stored version, as much of it as the payer list needs. */
  public record Version(String payerId, String payerName, Range range) {

    public static Version of(PayerPolicy p) {
      return new Version(
          p.payerId(), p.payerName(), new Range(p.effectiveFrom(), p.effectiveTo(), p.version()));
    }
  }

  /**
   * Groups versions by payer, sorted by payer id then effectiveFrom; the latest version names the
   * payer.
   */
  public static List<PayerSummary> of(List<Version> all) {
    Map<String, List<Version>> byPayer =
        all.stream()
            .collect(Collectors.groupingBy(Version::payerId, TreeMap::new, Collectors.toList()));
    return byPayer.values().stream()
        .map(
            versions -> {
              List<Version> sorted =
                  versions.stream()
                      .sorted(Comparator.comparing((Version v) -> v.range().effectiveFrom()))
                      .toList();
              Version latest = sorted.get(sorted.size() - 1);
              return new PayerSummary(
                  latest.payerId(),
                  latest.payerName(),
                  sorted.stream().map(Version::range).toList());
            })
        .toList();
  }
}
