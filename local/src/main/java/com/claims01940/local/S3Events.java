package com.claims01940.local;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** S3 ObjectCreated notifications in the shape S3 sends to Lambda (key URL-encoded, as S3 does). */
public final class S3Events {
  private S3Events() {}

  public static String objectCreated(String bucket, String key, String etag, long size) {
    ObjectNode event = Json.MAPPER.createObjectNode();
    ObjectNode r = event.putArray("Records").addObject();
    r.put("eventVersion", "2.1");
    r.put("eventSource", "aws:s3");
    r.put("awsRegion", LocalRun.REGION);
    r.put("eventTime", Instant.now().toString());
    r.put("eventName", "ObjectCreated:Put");
    r.putObject("userIdentity").put("principalId", "local");
    r.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    r.putObject("responseElements").put("x-amz-request-id", "local").put("x-amz-id-2", "local");
    ObjectNode s3 = r.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", "uploads");
    ObjectNode b = s3.putObject("bucket");
    b.put("name", bucket);
    b.putObject("ownerIdentity").put("principalId", "local");
    b.put("arn", "arn:aws:s3:::" + bucket);
    ObjectNode o = s3.putObject("object");
    o.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
    o.put("size", size);
    o.put("eTag", etag.replace("\"", ""));
    o.put("sequencer", Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT));
    return event.toString();
  }
}
