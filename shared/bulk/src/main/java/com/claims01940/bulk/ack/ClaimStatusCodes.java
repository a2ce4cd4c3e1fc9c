package com.claims01940.bulk.ack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our finding codes as 277CA claim statuses, read from {@code claim-status-codes.csv} (data, with
 * its sources): an exact code first, then the longest prefix ending in {@code *}.
 */
public final class ClaimStatusCodes {
  /** STC01 (category:status[:entity]) and, where the status needs another, STC10's status. */
  public record Status(String category, String status, String entity, String second) {}

  /** Accepted into processing (A2:20), and received but not validated here (A1:19, us). */
  public static final Status ACCEPTED = new Status("A2", "20", "", "");

  public static final Status NOT_VALIDATED = new Status("A1", "19", "AY", "");

  private final Map<String, Status> exact = new LinkedHashMap<>();
  private final Map<String, Status> prefixes = new LinkedHashMap<>();

  private ClaimStatusCodes() {}

  private static final class Shipped {
    static final ClaimStatusCodes TABLE = read();
  }

  public static ClaimStatusCodes shipped() {
    return Shipped.TABLE;
  }

  static ClaimStatusCodes read() {
    ClaimStatusCodes t = new ClaimStatusCodes();
    try (InputStream in = ClaimStatusCodes.class.getResourceAsStream("claim-status-codes.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split(",", -1);
        if (c.length != 5) {
          throw new IllegalStateException("claim-status-codes.csv: 5 columns expected: " + line);
        }
        Status s = new Status(c[1], c[2], c[3], c[4]);
        if (c[0].endsWith("*")) {
          t.prefixes.put(c[0].substring(0, c[0].length() - 1), s);
        } else {
          t.exact.put(c[0], s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** The finding codes the table names one by one (a test checks each is in the catalogue). */
  public java.util.Set<String> exactCodes() {
    return java.util.Set.copyOf(exact.keySet());
  }

  /** The status for a finding code (or INVALID_RECORD); a code no row covers is A3:21 (+454). */
  public Status of(String code) {
    Status s = exact.get(code);
    if (s != null) {
      return s;
    }
    String best = null;
    for (String prefix : prefixes.keySet()) {
      if (code.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best != null ? prefixes.get(best) : new Status("A3", "21", "", "454");
  }
}
