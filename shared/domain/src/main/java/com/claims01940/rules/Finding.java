package com.claims01940.rules;

import com.claims01940.policy.Param;
import com.claims01940.policy.Severity;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One result of one rule. {@code field} is a JSON Pointer into the request. {@code basis} names the
 * payer-policy values the finding rests on, so the engine can say when one is unverified.
 */
@JsonPropertyOrder({"code", "aspect", "severity", "field", "message", "reference"})
public record Finding(
    String code,
    Aspect aspect,
    Severity severity,
    String field,
    String message,
    Reference reference,
    @JsonIgnore List<Param<?>> basis) {}
