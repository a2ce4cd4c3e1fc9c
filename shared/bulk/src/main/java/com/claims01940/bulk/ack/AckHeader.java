package com.claims01940.bulk.ack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Who sends an acknowledgment, when, and under which control number. The control number and the
 * timestamps depend only on the uploaded object (its key and ETag, its upload time), so the same
 * object processed twice gives byte-identical acknowledgments; the number differs per kind (999,
 * 277CA) and per file.
 */
public record AckHeader(
    String senderQualifier,
    String senderId,
    String senderName,
    Instant received,
    String controlNumber) {

  public static AckHeader of(
      String qualifier,
      String id,
      String name,
      String key,
      String etag,
      Instant received,
      String kind) {
    return new AckHeader(
        qualifier, id, name, received, controlNumber(key + "|" + etag + "|" + kind));
  }

  /** Nine digits from SHA-256 of the object's identity, never 000000000. */
  static String controlNumber(String identity) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      long n = 0;
      for (int i = 0; i < 8; i++) {
        n = (n << 8) | (h[i] & 0xff);
      }
      return String.format("%09d", Math.floorMod(n, 999_999_999L) + 1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String yymmdd() {
    return format("yyMMdd");
  }

  String ccyymmdd() {
    return format("yyyyMMdd");
  }

  String hhmm() {
    return format("HHmm");
  }

  private String format(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(received);
  }
}
