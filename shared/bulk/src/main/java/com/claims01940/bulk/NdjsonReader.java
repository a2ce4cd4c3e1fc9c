package com.claims01940.bulk;

import com.claims01940.claim.ClaimReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** One claim per line. Blank lines are not records. A line over the limit is one invalid record. */
public final class NdjsonReader implements RecordReader {
  /** The API's body limit, applied per line. */
  public static final int MAX_LINE_BYTES = 256 * 1024;

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /**
   * Read in blocks: a byte-at-a-time read through a synchronized stream cost more than validating.
   */
  private final byte[] buffer = new byte[64 * 1024];

  private int position;
  private int limit;
  private int lineNumber;
  private int ordinal;

  public NdjsonReader(InputStream in) {
    this.in = in;
  }

  @Override
  public BulkRecord next() throws IOException {
    while (true) {
      line.reset();
      boolean tooLong = false;
      boolean any = false;
      boolean newline = false;
      while (!newline) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int length = position - start;
        any |= length > 0;
        int room = MAX_LINE_BYTES - line.size();
        line.write(buffer, start, Math.min(length, Math.max(room, 0)));
        tooLong |= length > room;
        if (position < limit) {
          position++;
          newline = true;
          any = true;
        }
      }
      if (!any) {
        return null;
      }
      lineNumber++;
      byte[] bytes = line.toByteArray();
      if (!tooLong && blank(bytes)) {
        continue;
      }
      String location = "line " + lineNumber;
      if (tooLong) {
        return BulkRecord.invalid(++ordinal, location, "line exceeds " + MAX_LINE_BYTES + " bytes");
      }
      return new BulkRecord(++ordinal, location, () -> ClaimReader.read(bytes));
    }
  }

  /** Whitespace only; decided on the bytes, since a claim line's first byte already settles it. */
  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<String> problems() {
    return List.of();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
