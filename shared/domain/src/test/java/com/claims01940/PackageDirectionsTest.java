package com.claims01940;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's packages depend one way only (json, claim, codes, policy, reference → payment, rules
 * → engine), and never on AWS.
 */
class PackageDirectionsTest {
  static final Path SOURCES = Path.of("src/main/java/com/claims01940");
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "json", Set.of(),
          "claim", Set.of("json"),
          "codes", Set.of("json", "claim"),
          "policy", Set.of("json"),
          "reference", Set.of("json", "codes"),
          "payment", Set.of("claim", "codes", "policy", "reference"),
          "rules", Set.of("claim", "codes", "policy", "reference"),
          "engine", Set.of("claim", "codes", "policy", "payment", "reference", "rules"));
  static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(com\\.claims01940\\.([a-z]+)|[\\w.]+)", Pattern.MULTILINE);

  @Test
  void packagesDependOneWayAndNeverOnAws() throws IOException {
    Map<String, Set<String>> actual = new TreeMap<>();
    Set<String> foreign = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(f).getName(0).toString();
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (m.group(2) != null && !m.group(2).equals(pkg)) {
            actual.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(2));
          } else if (m.group(1).startsWith("software.amazon")
              || m.group(1).startsWith("com.amazonaws")) {
            foreign.add(f + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(
        ALLOWED.keySet().containsAll(actual.keySet()),
        "a package this test does not know: " + actual.keySet());
    actual.forEach(
        (pkg, uses) ->
            assertTrue(ALLOWED.get(pkg).containsAll(uses), pkg + " may not use " + uses));
    assertEquals(List.of(), List.copyOf(foreign), "the domain has no AWS dependency");
  }
}
