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
      int b;
      boolean any = false;
      while ((b = in.read()) != -1 && b != '\n') {
        any = true;
        if (line.size() < MAX_LINE_BYTES) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      if (!any && b == -1) {
        return null;
      }
      lineNumber++;
      byte[] bytes = line.toByteArray();
      if (!tooLong && new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        continue;
      }
      String location = "line " + lineNumber;
      if (tooLong) {
        return BulkRecord.invalid(++ordinal, location, "line exceeds " + MAX_LINE_BYTES + " bytes");
      }
      return new BulkRecord(++ordinal, location, ClaimReader.read(bytes));
    }
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
