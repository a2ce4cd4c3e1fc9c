package com.claims01940.rules;

import com.claims01940.policy.Severity;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A finding code as the catalogue (GET /v1/rules) describes it; the engine's own codes cover every
 * aspect (ALL).
 */
@JsonPropertyOrder({"code", "aspect", "defaultSeverity", "perPayer", "description", "references"})
public record RuleInfo(
    String code,
    Scope aspect,
    Severity defaultSeverity,
    boolean perPayer,
    String description,
    List<Reference> references) {}
