package com.claims01940.aws.api;

import com.claims01940.claim.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Collection;

/**
 * One JSON line per event on standard output (Lambda's JSON log format keeps it structured).
 * It takes only identifiers, codes and counts — never claim content: patient data must not be
 * logged, so there is deliberately no way to log a claim or a free-text value.
 */
public final class Log {
  private static volatile PrintStream out = System.out;

  private final ObjectNode line = Json.MAPPER.createObjectNode();

  private Log(String level, String event) {
    line.put("level", level);
    line.put("event", event);
  }

  public static Log info(String event) {
    return new Log("INFO", event);
  }

  public static Log warn(String event) {
    return new Log("WARN", event);
  }

  public static Log error(String event) {
    return new Log("ERROR", event);
  }

  /** Where lines go; tests capture them. */
  public static void to(PrintStream stream) {
    out = stream;
  }

  public Log id(String key, String value) {
    line.put(key, value);
    return this;
  }

  public Log count(String key, long value) {
    line.put(key, value);
    return this;
  }

  public Log codes(String key, Collection<String> codes) {
    codes.forEach(line.putArray(key)::add);
    return this;
  }

  public void emit() {
    out.println(line.toString());
  }
}
