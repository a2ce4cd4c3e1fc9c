package com.claims01940.bench;

import com.claims01940.s3.MultipartUpload;
import com.claims01940.s3.S3Clients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The bulk floor: the same S3 read and multipart write as the bulk function, with a plain Jackson
 * stream in between that reads each line and writes one line per record ({@code <bucket> <key>}).
 */
public final class RawNdjsonMain {
  private RawNdjsonMain() {}

  public static void main(String[] args) throws Exception {
    var s3 = S3Clients.s3("us-east-1", URI.create(System.getenv("S3_ENDPOINT")));
    ObjectMapper mapper = new ObjectMapper();
    long n = 0;
    try (InputStream in = s3.getObject(b -> b.bucket(args[0]).key(args[1]));
        var records = mapper.readerFor(JsonNode.class).<JsonNode>readValues(in);
        MultipartUpload out =
            new MultipartUpload(s3, args[0], "raw/" + args[1] + ".jsonl", "application/x-ndjson")) {
      while (records.hasNext()) {
        records.next();
        out.write(("{\"record\":" + (++n) + "}\n").getBytes(StandardCharsets.UTF_8));
      }
      out.complete();
    }
    System.out.println("records " + n);
  }
}
