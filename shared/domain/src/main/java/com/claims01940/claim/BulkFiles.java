package com.claims01940.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bulk files the service accepts (the contract's "Bulk files"): each extension, the format it
 * says, and the content types an upload of it may declare (the first is the default). The uploads
 * API and the bulk readers both read this one table.
 */
public final class BulkFiles {
  private BulkFiles() {}

  public enum Format {
    JSON_ARRAY,
    NDJSON,
    CSV,
    X12_837P
  }

  public record Extension(String name, Format format, List<String> contentTypes) {}

  public static final List<Extension> ACCEPTED =
      List.of(
          new Extension("json", Format.JSON_ARRAY, List.of("application/json")),
          new Extension(
              "jsonl", Format.NDJSON, List.of("application/x-ndjson", "application/jsonl")),
          new Extension(
              "ndjson", Format.NDJSON, List.of("application/x-ndjson", "application/jsonl")),
          new Extension("csv", Format.CSV, List.of("text/csv")),
          new Extension("x12", Format.X12_837P, List.of("application/edi-x12", "text/plain")),
          new Extension("837", Format.X12_837P, List.of("application/edi-x12", "text/plain")),
          new Extension("edi", Format.X12_837P, List.of("application/edi-x12", "text/plain")),
          new Extension("txt", Format.X12_837P, List.of("text/plain", "application/edi-x12")));

  /** The accepted extension a file name or key ends in, if any (letter case ignored). */
  public static Optional<Extension> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return ACCEPTED.stream().filter(e -> name.endsWith("." + e.name())).findFirst();
  }

  /** ".json, .jsonl, … or .txt", for messages. */
  public static String names() {
    List<String> names = ACCEPTED.stream().map(e -> "." + e.name()).toList();
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + names.get(names.size() - 1);
  }
}
