package com.claims01940.claim;

/** One problem with a request: where (JSON Pointer) and what. Never echoes the field's value. */
public record FieldError(String field, String message) {}
