package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-AGENT-MISSING: Neurolytic agent not documented. */
public final class AgentMissing extends DocumentedElementRule {
  public AgentMissing() {
    super(
        "DOC-AGENT-MISSING",
        Severity.ERROR,
        "Neurolytic agent",
        "/documentation/neurolyticAgent",
        d -> d.neurolyticAgent() != null && d.neurolyticAgent().name() != null,
        Sources.OPENPAYER_01940);
  }
}
