package com.claims01940.rules;

import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PolicyResolution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a rule sees besides the claim: the policy resolution, the code sets, findings so far. */
public final class RuleContext {
  private final PolicyResolution resolution;
  private final CodeSets codes;
  private final List<Finding> findings = new ArrayList<>();

  public RuleContext(PolicyResolution resolution, CodeSets codes) {
    this.resolution = resolution;
    this.codes = codes;
  }

  public PolicyResolution resolution() {
    return resolution;
  }

  /** The payer's policy in force on the date of service, or null when there is none. */
  public PayerPolicy policy() {
    return resolution instanceof PolicyResolution.Found f ? f.policy() : null;
  }

  public CodeSets codes() {
    return codes;
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  public List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }
}
