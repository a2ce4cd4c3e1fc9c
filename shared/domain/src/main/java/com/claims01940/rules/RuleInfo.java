package com.claims01940.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A rule as the catalogue (GET /v1/rules) describes it. */
@JsonPropertyOrder({"code", "aspect", "defaultSeverity", "perPayer", "description", "references"})
public record RuleInfo(
    String code,
    Aspect aspect,
    Severity defaultSeverity,
    boolean perPayer,
    String description,
    List<Reference> references) {}
