package com.claims01940.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The port to payer policies. Implementations: seed files in memory, DynamoDB (shared-aws). */
public interface PolicyStore {

  /** Payer ids are matched without regard to letter case: every store keys them this way. */
  static String payerKey(String payerId) {
    return payerId.toUpperCase(Locale.ROOT);
  }

  /** All versions of one payer's policy (empty for an unknown payer). */
  List<PayerPolicy> versions(String payerId);

  /** Every payer with the effective ranges of its versions. */
  List<PayerSummary> payers();

  /** The policy of the payer in force on the date. */
  default PolicyResolution resolve(String payerId, LocalDate dateOfService) {
    return PolicyResolution.choose(payerId, versions(payerId), dateOfService);
  }
}
