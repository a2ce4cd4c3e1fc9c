package com.claims01940.rules.documentation;

import com.claims01940.policy.Severity;
import com.claims01940.rules.Sources;

/** DOC-LEVELS-MISSING: Levels treated not documented. */
public final class LevelsMissing extends DocumentedElementRule {
  public LevelsMissing() {
    super(
        "DOC-LEVELS-MISSING",
        Severity.ERROR,
        "Levels treated",
        "/documentation/levelsTreated",
        d -> !d.levelsTreated().isEmpty(),
        Sources.OPENPAYER_01940);
  }
}
