package com.claims01940.bulk;

import com.claims01940.claim.BulkFiles;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The accepted bulk formats, detected from the key's extension, then confirmed by the content. */
public enum BulkFormat {
  JSON_ARRAY,
  NDJSON,
  CSV,
  X12_837P,
  UNKNOWN;

  /** What the extension says; UNKNOWN when it says nothing we accept. */
  public static BulkFormat byExtension(String key) {
    return BulkFiles.of(key).map(e -> valueOf(e.format().name())).orElse(UNKNOWN);
  }

  /** What the first bytes say; UNKNOWN when they are not recognisably one of the formats. */
  public static BulkFormat byContent(byte[] head, int length) {
    String text =
        new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (text.startsWith("ISA")) {
      return X12_837P;
    }
    if (text.startsWith("[")) {
      return JSON_ARRAY;
    }
    if (text.startsWith("{")) {
      return NDJSON;
    }
    String firstLine = text.lines().findFirst().orElse("");
    if (firstLine.contains(",") && firstLine.toLowerCase(Locale.ROOT).contains("claimid")) {
      return CSV;
    }
    return UNKNOWN;
  }

  /** JSON, CSV or X12: formats of one family can look alike at the first byte. */
  private String family() {
    return this == JSON_ARRAY || this == NDJSON ? "JSON" : name();
  }

  /**
   * The extension decides, unless the content is recognisably of another family (X12 in a .csv,
   * JSON in a .txt): then the content wins and the summary says so. Within JSON the extension
   * stays: an NDJSON line may itself be an array. Null note when both agree.
   */
  public record Detection(BulkFormat format, String note) {}

  public static Detection detect(String key, byte[] head, int length) {
    BulkFormat ext = byExtension(key);
    BulkFormat content = byContent(head, length);
    if (ext == UNKNOWN && content == UNKNOWN) {
      return new Detection(
          UNKNOWN, "the file's extension and content match none of JSON, NDJSON, CSV or X12 837P");
    }
    if (ext == UNKNOWN) {
      return new Detection(
          content, "no known extension; detected " + content + " from the content");
    }
    if (content != UNKNOWN && !content.family().equals(ext.family())) {
      return new Detection(
          content,
          "the extension says " + ext + " but the content is " + content + "; read as " + content);
    }
    return new Detection(ext, null);
  }
}
