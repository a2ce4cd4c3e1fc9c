package com.claims01940.functions.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The upload request's rules, row by row: what is accepted (and the content type it gets) and what
 * each problem says.
 */
class UploadRequestTest {
  static final long MAX = 1000;

  static UploadRequest.Parsed parse(String json) {
    return UploadRequest.parse(json.getBytes(StandardCharsets.UTF_8), MAX);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"fileName\":\"day.ndjson\",\"size\":10}                                  | application/x-ndjson",
        "{\"fileName\":\"day.JSONL\",\"size\":1000,\"contentType\":\"application/jsonl\"} | application/jsonl",
        "{\"fileName\":\"a.csv\",\"size\":1}                                        | text/csv",
        "{\"fileName\":\"batch.837\",\"size\":5}                                    | application/edi-x12",
        "{\"fileName\":\"batch.txt\",\"size\":5}                                    | text/plain",
        "{\"fileName\":\"claims.json\",\"size\":5,\"contentType\":\"Application/JSON\"} | application/json",
      })
  void accepted(String body, String contentType) {
    var valid = assertInstanceOf(UploadRequest.Valid.class, parse(body));
    assertEquals(contentType, valid.request().contentType());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json                                              | '' : body is not valid JSON",
        "[1] | '' : body must be a JSON object: {fileName, size, contentType}",
        "{\"fileName\":\"../x.csv\",\"size\":5} | /fileName :"
            + " must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit",
        // A '/' inside the name would put the upload under a folder of the caller's choosing.
        "{\"fileName\":\"day/x.csv\",\"size\":5} | /fileName :"
            + " must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit",
        "{\"fileName\":\"x.exe\",\"size\":5} | /fileName :"
            + " must end in .json, .jsonl, .ndjson, .csv, .x12, .837, .edi or .txt",
        "{\"fileName\":\"x.csv\",\"size\":5,\"contentType\":\"text/plain\"} |"
            + " /contentType : must be one of text/csv for a .csv file",
        "{\"fileName\":\"x.csv\",\"size\":1001}                | /size : must be the file's size in bytes, 1 to 1000",
        "{\"fileName\":\"x.csv\",\"size\":0}                   | /size : must be the file's size in bytes, 1 to 1000",
        "{\"fileName\":\"x.csv\",\"size\":\"5\"}               | /size : must be the file's size in bytes, 1 to 1000",
      })
  void refused(String body, String error) {
    var invalid = assertInstanceOf(UploadRequest.Invalid.class, parse(body));
    assertEquals(
        List.of(error.replace("''", "")),
        invalid.errors().stream().map(e -> e.field() + " : " + e.message()).toList());
  }

  @org.junit.jupiter.api.Test
  void everyProblemIsNamedAtOnce() {
    var invalid =
        assertInstanceOf(
            UploadRequest.Invalid.class, parse("{\"fileName\":\"x.exe\",\"size\":-1}"));
    assertEquals(
        List.of("/fileName", "/size"), invalid.errors().stream().map(e -> e.field()).toList());
  }
}
