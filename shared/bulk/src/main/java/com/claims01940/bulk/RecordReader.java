package com.claims01940.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the records of one bulk file, one at a time, so memory does not grow with the file. Bad
 * content becomes an invalid record (never an exception); an IOException means the input itself
 * failed (e.g. the S3 stream broke) and the whole file must be retried.
 */
public interface RecordReader extends Closeable {

  /** The next record, or null at the end of the input. */
  BulkRecord next() throws IOException;

  /** Problems with the file as a whole, found so far (an envelope count, a cut-off file). */
  List<String> problems();
}
