package com.claims01940.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The answer to "which policy of payer X is in force on date D". */
public sealed interface PolicyResolution {

  record Found(PayerPolicy policy) implements PolicyResolution {}

  /** The payer has policies, none in force on the date. */
  record NoPolicyForDate(String payerId, LocalDate date) implements PolicyResolution {}

  record UnknownPayer(String payerId) implements PolicyResolution {}

  /** Picks, among all versions of one payer, the latest effectiveFrom ≤ date still in force. */
  static PolicyResolution choose(String payerId, List<PayerPolicy> versions, LocalDate date) {
    if (versions.isEmpty()) {
      return new UnknownPayer(payerId);
    }
    return versions.stream()
        .filter(p -> !p.effectiveFrom().isAfter(date))
        .max(Comparator.comparing(PayerPolicy::effectiveFrom))
        .filter(p -> p.inForceOn(date))
        .<PolicyResolution>map(Found::new)
        .orElseGet(() -> new NoPolicyForDate(payerId, date));
  }
}
