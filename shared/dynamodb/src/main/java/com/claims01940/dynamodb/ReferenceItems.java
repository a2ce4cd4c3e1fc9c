package com.claims01940.dynamodb;

import com.claims01940.reference.ReferenceContent;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceRows;
import com.claims01940.reference.ReferenceTable;
import com.claims01940.reference.TableVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reference tables' item layout (docs/reference-data.md "Storage"). Everything is in one
 * partition, so one Query (the request the policy store makes too, already warm) reads every table:
 * per table version a head item (sort key {@code icd10cm#FY2026}, {@code
 * anesthesia-conversion-factors#CY2025}, {@code modifiers#current}) with the version's metadata and
 * content hash, and its rows in chunk items ({@code <head key>#<hash>#<n>}, gzipped lines). A
 * reload writes the new chunks before the head that names them, so a reader never sees half a
 * version.
 */
public final class ReferenceItems {
  public static final String PARTITION_KEY = "partition";
  public static final String SORT_KEY = "versionKey";

  /** The one partition the reference tables live in. */
  public static final String PARTITION = "codesets";

  static final int ROWS_PER_CHUNK = 25_000;

  private ReferenceItems() {}

  /**
   * Where a version is stored: one slot per table and fiscal or calendar year; one for the modifier
   * table and one for CMS's HCPCS list (its latest quarter).
   */
  public static String key(TableVersion version) {
    return version.table().id()
        + "#"
        + (version.table() == ReferenceTable.MODIFIERS
                || version.table() == ReferenceTable.HCPCS_MODIFIERS
                || version.table() == ReferenceTable.JURISDICTIONS
            ? "current"
            : version.version());
  }

  /** The primary key of a version's head item. */
  public static Map<String, AttributeValue> headKey(TableVersion version) {
    return Map.of(
        PARTITION_KEY,
        AttributeValue.fromS(PARTITION),
        SORT_KEY,
        AttributeValue.fromS(key(version)));
  }

  /** A digest of the version's metadata and rows: equal digests mean an unchanged load. */
  public static String contentHash(ReferenceContent content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      TableVersion v = content.version();
      sha.update(
          String.join(
                  "|",
                  v.version(),
                  String.valueOf(v.effectiveFrom()),
                  String.valueOf(v.effectiveTo()),
                  v.source(),
                  String.valueOf(v.released()),
                  String.join(",", v.declaredCategories()))
              .getBytes(StandardCharsets.UTF_8));
      for (String row : ReferenceRows.encode(content)) {
        sha.update(row.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The chunk items, then the head item last (write them in this order). */
  public static List<Map<String, AttributeValue>> items(ReferenceContent content) {
    TableVersion v = content.version();
    String key = key(v);
    String hash = contentHash(content);
    List<String> rows = ReferenceRows.encode(content);
    List<List<String>> parts = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_CHUNK) {
      parts.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_CHUNK)));
    }
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Map<String, AttributeValue> chunk = new LinkedHashMap<>();
      chunk.put(PARTITION_KEY, AttributeValue.fromS(PARTITION));
      chunk.put(SORT_KEY, AttributeValue.fromS(key + "#" + hash + "#" + i));
      chunk.put(
          "rows", AttributeValue.fromB(SdkBytes.fromByteArray(ReferenceRows.gzip(parts.get(i)))));
      items.add(chunk);
    }
    Map<String, AttributeValue> head = new LinkedHashMap<>();
    head.put(PARTITION_KEY, AttributeValue.fromS(PARTITION));
    head.put(SORT_KEY, AttributeValue.fromS(key));
    head.put("codeSet", AttributeValue.fromS(v.table().id()));
    head.put("version", AttributeValue.fromS(v.version()));
    head.put("effectiveFrom", AttributeValue.fromS(v.effectiveFrom().toString()));
    if (v.effectiveTo() != null) {
      head.put("effectiveTo", AttributeValue.fromS(v.effectiveTo().toString()));
    }
    head.put("source", AttributeValue.fromS(v.source()));
    if (v.released() != null) {
      head.put("released", AttributeValue.fromS(v.released().toString()));
    }
    head.put("entries", AttributeValue.fromN(Integer.toString(v.entries())));
    if (!v.declaredCategories().isEmpty()) {
      head.put("categories", AttributeValue.fromSs(v.declaredCategories()));
    }
    head.put("contentHash", AttributeValue.fromS(hash));
    head.put("chunks", AttributeValue.fromN(Integer.toString(parts.size())));
    items.add(head);
    return items;
  }

  /** The version a head item describes. */
  public static TableVersion version(Map<String, AttributeValue> head) {
    return new TableVersion(
        ReferenceTable.ofId(head.get("codeSet").s()),
        head.get("version").s(),
        LocalDate.parse(head.get("effectiveFrom").s()),
        head.containsKey("effectiveTo") ? LocalDate.parse(head.get("effectiveTo").s()) : null,
        head.get("source").s(),
        head.containsKey("released") ? LocalDate.parse(head.get("released").s()) : null,
        Integer.parseInt(head.get("entries").n()),
        head.containsKey("categories")
            ? head.get("categories").ss().stream().sorted().toList()
            : null);
  }

  /** A head's sort key is table#version; its chunks' add #hash#n. */
  public static boolean isHead(Map<String, AttributeValue> item) {
    String key = item.get(SORT_KEY).s();
    return key.indexOf('#') == key.lastIndexOf('#');
  }

  /** Every version whose head and chunks are all present (ICD-10-CM decoded on first use). */
  public static ReferenceData read(List<Map<String, AttributeValue>> items) {
    Map<String, Map<String, AttributeValue>> chunks = new LinkedHashMap<>();
    for (var item : items) {
      if (!isHead(item)) {
        chunks.put(item.get(SORT_KEY).s(), item);
      }
    }
    List<ReferenceContent> contents = new ArrayList<>();
    for (var head : items) {
      if (!isHead(head)) {
        continue;
      }
      String prefix = head.get(SORT_KEY).s() + "#" + head.get("contentHash").s() + "#";
      int n = Integer.parseInt(head.get("chunks").n());
      List<byte[]> gzipped = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        var chunk = chunks.get(prefix + i);
        if (chunk == null) {
          throw new IllegalStateException("chunk " + i + " of " + prefix + " is missing");
        }
        gzipped.add(chunk.get("rows").b().asByteArray());
      }
      contents.add(ReferenceRows.decodeChunks(version(head), gzipped));
    }
    return ReferenceRows.assemble(contents);
  }
}
