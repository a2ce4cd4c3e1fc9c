package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ lead only to what is in the repository, and the README's house map matches
 * the tree.
 */
class DocsLinksTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      Matcher m = LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1).split("#", 2)[0];
        if (target.isEmpty() || target.matches("[a-z]+:.*")) {
          continue;
        }
        links++;
        Path resolved = page.getParent().resolve(target).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + " -> " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links >= 15, "links checked: " + links);
  }

  @Test
  void noPageSendsAReaderOutsideTheRepository() throws IOException {
    for (Path page : pages()) {
      assertTrue(
          !Files.readString(page).contains("../shared/"),
          ROOT.relativize(page) + " points at ../shared/");
    }
  }

  /** Each entry of the house map (a folder or file, nested ones under the folder above) exists. */
  @Test
  void theHouseMapMatchesTheTree() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String map = readme.substring(readme.indexOf("## The house"));
    map = map.substring(map.indexOf("```") + 3, map.indexOf("```", map.indexOf("```") + 3));
    List<String> missing = new ArrayList<>();
    String parent = "";
    int entries = 0;
    for (String line : map.strip().lines().toList()) {
      String entry = line.strip().split("\\s+", 2)[0];
      String path = line.startsWith("  ") ? parent + entry : entry;
      if (!line.startsWith("  ")) {
        parent = entry.endsWith("/") ? entry : "";
      }
      entries++;
      if (!Files.exists(ROOT.resolve(path))) {
        missing.add(path);
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(entries >= 20, "entries: " + entries);
  }
}
