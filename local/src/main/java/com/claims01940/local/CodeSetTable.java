package com.claims01940.local;

import com.claims01940.dynamodb.ReferenceItems;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.reference.ReferenceContent;
import com.claims01940.reference.ReferenceTable;
import com.claims01940.reference.ShippedReferenceData;
import com.claims01940.reference.TableVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Administration of the reference tables' DynamoDB table: create it (locally), load a version with
 * the policy loader's guarantees (an identical load writes nothing; a stored version released
 * later, or a full ICD-10-CM file, is kept unless forced), list what is loaded.
 */
public final class CodeSetTable {
  private final DynamoDbClient dynamoDb;
  private final String table;

  public CodeSetTable(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  /** What a load did, or (dry run) would do. */
  public enum Outcome {
    WRITTEN,
    UNCHANGED,
    KEPT_NEWER
  }

  public void create() {
    PolicyTable.createIfAbsent(
        dynamoDb, table, ReferenceItems.PARTITION_KEY, ReferenceItems.SORT_KEY);
  }

  /** Creates the table if needed and loads the shipped reference files (local runs and tests). */
  public void createSeeded() {
    create();
    try {
      ShippedReferenceData.read(RepoPaths.root().resolve("refdata")).forEach(c -> put(c, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version stored where this one would go, or null. */
  public TableVersion stored(TableVersion version) {
    var head = headItem(version);
    return head == null ? null : ReferenceItems.version(head);
  }

  /** What {@link #put} would do, without writing. */
  public Outcome plan(ReferenceContent content, boolean force) {
    var head = headItem(content.version());
    if (head == null) {
      return Outcome.WRITTEN;
    }
    if (head.get("contentHash").s().equals(ReferenceItems.contentHash(content))) {
      return Outcome.UNCHANGED;
    }
    return !force && newer(ReferenceItems.version(head), content.version())
        ? Outcome.KEPT_NEWER
        : Outcome.WRITTEN;
  }

  /**
   * A stored version wins over an incoming one when CMS released it later, when it is a full
   * ICD-10-CM file and the incoming one an extract, or when it is CMS's locality file and the
   * incoming one our national factors alone (no localities).
   */
  static boolean newer(TableVersion stored, TableVersion incoming) {
    boolean laterRelease =
        stored.released() != null
            && (incoming.released() == null || stored.released().isAfter(incoming.released()));
    boolean fullOverExtract =
        stored.declaredCategories().isEmpty() && !incoming.declaredCategories().isEmpty();
    boolean localitiesOverNational =
        stored.table() == ReferenceTable.CONVERSION_FACTORS
            && stored.entries() > 0
            && incoming.entries() == 0;
    return laterRelease || fullOverExtract || localitiesOverNational;
  }

  /**
   * Loads one version: its rows first, then the head item that points at them (readers switch to
   * the new rows at that single write), then the rows of the version it replaced are removed.
   */
  public Outcome put(ReferenceContent content, boolean force) {
    Outcome outcome = plan(content, force);
    if (outcome != Outcome.WRITTEN) {
      return outcome;
    }
    TableVersion v = content.version();
    String hash = ReferenceItems.contentHash(content);
    for (var item : ReferenceItems.items(content)) {
      dynamoDb.putItem(b -> b.tableName(table).item(item));
    }
    String prefix = ReferenceItems.key(v) + "#";
    for (var item : chunks(v)) {
      String key = item.get(ReferenceItems.SORT_KEY).s();
      if (key.startsWith(prefix) && !key.startsWith(prefix + hash + "#")) {
        dynamoDb.deleteItem(
            b ->
                b.tableName(table)
                    .key(
                        Map.of(
                            ReferenceItems.PARTITION_KEY, item.get(ReferenceItems.PARTITION_KEY),
                            ReferenceItems.SORT_KEY, item.get(ReferenceItems.SORT_KEY))));
      }
    }
    return Outcome.WRITTEN;
  }

  private Map<String, AttributeValue> headItem(TableVersion version) {
    var head =
        dynamoDb
            .getItem(
                b -> b.tableName(table).consistentRead(true).key(ReferenceItems.headKey(version)))
            .item();
    return head == null || head.isEmpty() ? null : head;
  }

  private List<Map<String, AttributeValue>> chunks(TableVersion version) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    dynamoDb
        .queryPaginator(
            b ->
                b.tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("#p = :p AND begins_with(#s, :s)")
                    .expressionAttributeNames(
                        Map.of("#p", ReferenceItems.PARTITION_KEY, "#s", ReferenceItems.SORT_KEY))
                    .expressionAttributeValues(
                        Map.of(
                            ":p", AttributeValue.fromS(ReferenceItems.PARTITION),
                            ":s", AttributeValue.fromS(ReferenceItems.key(version) + "#"))))
        .items()
        .forEach(out::add);
    return out;
  }
}
