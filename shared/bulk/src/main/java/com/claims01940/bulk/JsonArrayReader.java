package com.claims01940.bulk;

import com.claims01940.claim.ClaimReader;
import com.claims01940.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON array of claims, read element by element with a streaming parser; or, for a .json file
 * that starts with an object, the sequence of top-level values (one object, or NDJSON). A syntax
 * error ends the readable part of the file: the element it falls in becomes an invalid record and
 * the summary says where reading stopped (no parser can find the next element after broken JSON).
 */
public final class JsonArrayReader implements RecordReader {
  /**
   * Reads one element; the request mapper's trailing-token check would reject the rest of the
   * array.
   */
  private static final ObjectReader ELEMENT =
      Json.MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final InputStream in;
  private final JsonParser parser;
  private final boolean array;
  private final List<String> problems = new ArrayList<>();
  private int ordinal;
  private boolean started;
  private boolean done;

  public JsonArrayReader(InputStream in, boolean array) throws IOException {
    this.in = in;
    this.array = array;
    this.parser = Json.MAPPER.getFactory().createParser(in);
  }

  @Override
  public BulkRecord next() throws IOException {
    if (done) {
      return null;
    }
    try {
      if (!started && array) {
        started = true;
        if (!startsWithArray()) {
          done = true;
          problems.add(
              "expected a JSON array of claims at " + where() + "; no record could be read");
          return null;
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        done = true;
        if (token == null && array) {
          problems.add("the JSON array is not closed (input ends at " + where() + ")");
        }
        return null;
      }
      String location = (array ? "element " : "value ") + (ordinal + 1) + " (" + where() + ")";
      JsonNode read = ELEMENT.readValue(parser);
      JsonNode element = read == null ? Json.MAPPER.nullNode() : read;
      return new BulkRecord(++ordinal, location, () -> ClaimReader.read(element));
    } catch (JsonProcessingException e) {
      done = true;
      String at =
          e.getLocation() == null
              ? where()
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      problems.add(
          "the input is not valid JSON at " + at + "; nothing after that point can be read");
      return BulkRecord.invalid(
          ++ordinal, "element " + ordinal + " (" + at + ")", "not valid JSON");
    }
  }

  /**
   * Whether the input opens an array; anything else (including non-JSON) holds no readable record.
   */
  private boolean startsWithArray() throws IOException {
    try {
      return parser.nextToken() == JsonToken.START_ARRAY;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private String where() {
    var loc = parser.currentLocation();
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }
}
