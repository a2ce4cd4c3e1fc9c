package com.claims01940.s3;

/**
 * Where bulk files, their outputs and upload markers live in the uploads bucket (shared by bulk and
 * uploads).
 */
public final class UploadKeys {
  private UploadKeys() {}

  public static final String UPLOADS_PREFIX = "uploads/";
  public static final String RESULTS_PREFIX = "results/";

  /**
   * Markers that remember issued upload ids; outside uploads/, so they never trigger the bulk
   * function.
   */
  public static final String REQUESTS_PREFIX = "requests/";

  public static String markerKey(String uploadId) {
    return REQUESTS_PREFIX + uploadId + ".json";
  }

  public static String resultsKey(String key) {
    return RESULTS_PREFIX + key + ".results.jsonl";
  }

  /** The 999 implementation acknowledgment of an X12 upload. */
  public static String implementationAckKey(String key) {
    return RESULTS_PREFIX + key + ".999.x12";
  }

  /** The 277CA claim acknowledgment of an X12 upload. */
  public static String claimAckKey(String key) {
    return RESULTS_PREFIX + key + ".277ca.x12";
  }

  public static String summaryKey(String key) {
    return RESULTS_PREFIX + key + ".summary.json";
  }
}
