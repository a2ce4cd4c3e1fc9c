package com.claims01940.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The function's settings: environment variables, as template.yaml sets them on Lambda. The local
 * stack runs handlers in-process, so it may set the same names as system properties instead.
 */
public final class Env {
  private Env() {}

  public static String get(String name) {
    String v = System.getenv(name);
    return v != null ? v : System.getProperty(name);
  }

  /** Every setting this project reads, from both sources (environment wins). */
  public static Map<String, String> all() {
    Map<String, String> out = new HashMap<>();
    System.getProperties().forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    out.putAll(System.getenv());
    return out;
  }
}
