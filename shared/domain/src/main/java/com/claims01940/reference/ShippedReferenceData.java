package com.claims01940.reference;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference files the project ships ({@code refdata/}), read as its {@code manifest.json} lists
 * them: what the seed loads and what the tests check against.
 */
public final class ShippedReferenceData {
  private ShippedReferenceData() {}

  public static List<ReferenceContent> read(Path refdata) throws IOException {
    JsonNode manifest = Json.MAPPER.readTree(refdata.resolve("manifest.json").toFile());
    List<ReferenceContent> out = new ArrayList<>();
    for (JsonNode entry : manifest.path("load")) {
      String file = entry.path("file").asText();
      List<String> categories = new ArrayList<>();
      entry.path("categories").forEach(c -> categories.add(c.asText()));
      String name = Path.of(file).getFileName().toString();
      byte[] bytes = Files.readAllBytes(refdata.resolve(file));
      if (entry.has("addenda")) {
        // An ICD-10-CM year as the year before's file with CMS's addenda applied.
        String addenda = entry.path("addenda").asText();
        out.add(
            Icd10OrderFile.parse(
                name,
                bytes,
                entry.path("year").asInt(),
                categories,
                Path.of(addenda).getFileName().toString(),
                Files.readAllBytes(refdata.resolve(addenda))));
        continue;
      }
      out.add(
          ReferenceFiles.parse(
              ReferenceTable.ofId(entry.path("table").asText()),
              name,
              bytes,
              entry.has("year") ? entry.path("year").asInt() : null,
              categories));
    }
    return out;
  }

  public static ReferenceData data(Path refdata) throws IOException {
    return ReferenceRows.assemble(read(refdata));
  }
}
