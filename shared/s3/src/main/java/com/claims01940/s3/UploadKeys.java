package com.claims01940.s3;

/** Where bulk files and their outputs live in the uploads bucket (shared by bulk and uploads). */
public final class UploadKeys {
  private UploadKeys() {}

  public static final String UPLOADS_PREFIX = "uploads/";
  public static final String RESULTS_PREFIX = "results/";

  public static String resultsKey(String key) {
    return RESULTS_PREFIX + key + ".results.jsonl";
  }

  public static String summaryKey(String key) {
    return RESULTS_PREFIX + key + ".summary.json";
  }
}
