package com.claims01940.rules;

import com.claims01940.codes.CodeSets;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;

/** What a rule sees besides the claim: the policy resolution and the code sets. */
public record RuleContext(PolicyResolution resolution, CodeSets codes) {

  /** The payer's policy in force on the date of service, or null when there is none. */
  public PayerPolicy policy() {
    return resolution instanceof PolicyResolution.Found f ? f.policy() : null;
  }
}
