package com.claims01940.testing;

import com.claims01940.claim.Claim;
import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.json.Json;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The contract's example claim, edited by JSON Pointer: each test states only what differs. */
public final class ClaimFixture {
  private final ObjectNode root;

  private ClaimFixture(ObjectNode root) {
    this.root = root;
  }

  public static ClaimFixture clean() {
    try (InputStream in = ClaimFixture.class.getResourceAsStream("/claims/clean-claim.json")) {
      return new ClaimFixture((ObjectNode) Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the value at the pointer to the given JSON text, creating parent objects as needed. */
  public ClaimFixture set(String pointer, String json) {
    try {
      JsonNode value = Json.MAPPER.readTree(json);
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = root.at(p.head());
      if (parent.isMissingNode() || parent.isNull()) {
        parent = root.withObject(p.head());
      }
      if (parent instanceof ArrayNode array) {
        int i = p.last().getMatchingIndex();
        if (i < array.size()) {
          array.set(i, value);
        } else {
          array.add(value);
        }
      } else {
        ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ClaimFixture remove(String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    if (parent instanceof ObjectNode o) {
      o.remove(p.last().getMatchingProperty());
    } else if (parent instanceof ArrayNode a) {
      a.remove(p.last().getMatchingIndex());
    }
    return this;
  }

  public ClaimFixture payer(String payerId) {
    return set("/payerId", "\"" + payerId + "\"");
  }

  public ObjectNode json() {
    return root.deepCopy();
  }

  public byte[] bytes() {
    try {
      return Json.MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The edited claim, read exactly as the API reads it; fails if the edit made it invalid. */
  public Claim claim() {
    ClaimReadResult result = ClaimReader.read(bytes());
    if (result instanceof ClaimReadResult.Valid v) {
      return v.claim();
    }
    throw new AssertionError("fixture is not a valid claim: " + result);
  }
}
