package com.claims01940.runtime;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintStream;
import java.util.Collection;

/**
 * One JSON line per event on standard output (Lambda's JSON log format keeps it structured). It
 * takes only identifiers, codes and counts — never claim content: patient data must not be logged,
 * so there is deliberately no way to log a claim or a free-text value.
 */
public final class Log {
  private static volatile PrintStream out = System.out;

  /**
   * Built as text, escaped by Jackson's encoder: a tree per log line cost more than the line is
   * worth.
   */
  private final StringBuilder line = new StringBuilder(192).append('{');

  private Log(String level, String event) {
    id("level", level);
    id("event", event);
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

  /** Where lines go from now on (tests capture them, priming silences them); the previous place. */
  public static PrintStream to(PrintStream stream) {
    PrintStream previous = out;
    out = stream;
    return previous;
  }

  public Log id(String key, String value) {
    key(key);
    string(value);
    return this;
  }

  public Log count(String key, long value) {
    key(key);
    line.append(value);
    return this;
  }

  public Log codes(String key, Collection<String> codes) {
    key(key);
    line.append('[');
    boolean first = true;
    for (String code : codes) {
      if (!first) {
        line.append(',');
      }
      first = false;
      string(code);
    }
    line.append(']');
    return this;
  }

  public void emit() {
    write(line.append('}'));
  }

  /** One finished line (a log event or a metrics object) to wherever lines go. */
  static void write(CharSequence finished) {
    out.println(finished);
  }

  private void key(String key) {
    if (line.length() > 1) {
      line.append(',');
    }
    string(key);
    line.append(':');
  }

  private void string(String value) {
    if (value == null) {
      line.append("null");
      return;
    }
    line.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, line);
    line.append('"');
  }
}
