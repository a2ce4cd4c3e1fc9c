package com.claims01940.bulk;

import com.claims01940.codes.CodeSets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the right reader for a file: detection from key and first bytes, then the format's reader.
 */
public final class BulkReaders {
  private BulkReaders() {}

  private static final int HEAD = 4096;
  private static final X12Mapping X12 = X12Mapping.load();
  private static final java.util.Set<String> QUALIFYING_CIRCUMSTANCES =
      CodeSets.load().qualifyingCircumstanceCodes();

  /** A reader and what detection decided (with a note when extension and content disagreed). */
  public record Opened(BulkFormat.Detection detection, RecordReader reader) {}

  /** Null reader when the format cannot be recognised at all. */
  public static Opened open(String key, InputStream input) throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    BulkFormat.Detection d = BulkFormat.detect(key, head, head.length);
    RecordReader reader =
        switch (d.format()) {
          case JSON_ARRAY ->
              new JsonArrayReader(in, BulkFormat.byContent(head, head.length) != BulkFormat.NDJSON);
          case NDJSON -> new NdjsonReader(in);
          case CSV -> new CsvReader(in);
          case X12_837P -> new X12Reader(in, X12, QUALIFYING_CIRCUMSTANCES);
          case UNKNOWN -> null;
        };
    return new Opened(d, reader);
  }
}
