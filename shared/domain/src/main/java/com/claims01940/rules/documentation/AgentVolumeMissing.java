package com.claims01940.rules.documentation;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/** DOC-AGENT-VOLUME-MISSING: a chemical neurolytic without its volume. */
public final class AgentVolumeMissing extends Rule {
  public AgentVolumeMissing() {
    super(
        "DOC-AGENT-VOLUME-MISSING",
        Aspect.DOCUMENTATION,
        Severity.ERROR,
        false,
        "PHENOL, ALCOHOL or GLYCEROL without volumeMl",
        Sources.OPENPAYER_01940);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    var agent = claim.documentation() == null ? null : claim.documentation().neurolyticAgent();
    if (agent != null
        && ctx.codes().chemicalAgents().contains(agent.name())
        && agent.volumeMl() == null) {
      out.add(
          finding(
              "/documentation/neurolyticAgent/volumeMl",
              "The volume of " + agent.name() + " injected is not documented."));
    }
    return out;
  }
}
