package com.claims01940.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one configured Jackson mapper: strict input limits, deterministic output. */
public final class Json {
  private Json() {}

  /** Deepest nesting a request may use; a claim needs 4 levels, so 32 is generous. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest single string token; free-text fields are capped far lower by the checker. */
  public static final int MAX_STRING_LENGTH = 262_144;

  /** Longest number literal (digits); stops 1e400-style and million-digit numbers cheaply. */
  public static final int MAX_NUMBER_LENGTH = 32;

  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .build())
                  .build())
          // Duplicate keys are refused while the tree is built (the map insert already returns the
          // old
          // value), not by the parser's own duplicate detector, which hashes every name a second
          // time.
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .addModule(IsoDates.module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  static {
    MAPPER.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }
}
