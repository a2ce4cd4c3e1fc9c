package com.claims01940.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a policy item in its history: who wrote it, when, and each field that changed.
 * Written in the same transaction as the item, so the history never lacks a revision.
 */
public record PolicyChange(
    long revision, String changedBy, Instant changedAt, boolean created, List<Field> changes) {

  /**
   * A field that changed: a parameter ({@code placesOfService}), a jurisdiction's parameter ({@code
   * jurisdictions.JK.anesthesiaNecessity}) or an item field ({@code effectiveTo}). For a parameter,
   * {@code old} and {@code new} are its whole {value, verified, sources}; for an item field,
   * {value}. Null when the field did not exist on that side.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Field(
      String field, @JsonProperty("old") JsonNode before, @JsonProperty("new") JsonNode after) {}
}
