package com.claims01940.bench;

import com.claims01940.claim.Claim;
import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.json.Json;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.reference.ShippedReferenceData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The benchmark claims: the contract's clean example, and one with many findings; and the reference
 * tables the project ships, which the functions check them against.
 */
final class Claims {
  private Claims() {}

  static ReferenceStore shippedReferences() {
    try {
      return ReferenceStore.of(ShippedReferenceData.data(RepoPaths.root().resolve("refdata")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cleanJson() {
    try {
      return Files.readString(
          RepoPaths.root().resolve("shared/domain/src/test/resources/claims/clean-claim.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Wrong modifier order, not-applicable and duplicate modifiers, missing documentation, bad
   * diagnoses.
   */
  static String manyFindingsJson() {
    try {
      ObjectNode c = (ObjectNode) Json.MAPPER.readTree(cleanJson());
      c.withArray("/anesthesia/modifiers")
          .removeAll()
          .add("QS")
          .add("AA")
          .add("47")
          .add("AA")
          .add("P6");
      c.withArray("/diagnosisCodes").removeAll().add("M47.812").add("M54.16").add("12345");
      c.put("placeOfService", "22");
      c.remove("priorAuthorization");
      ObjectNode d = (ObjectNode) c.path("documentation");
      d.remove("indication");
      d.put("imagingGuidance", "ULTRASOUND");
      d.put("informedConsent", false);
      ((ObjectNode) c.path("procedure")).put("modality", "CHEMICAL");
      ((ObjectNode) c.path("anesthesia")).put("minutes", 300);
      return c.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Claim parse(String json) {
    return ((ClaimReadResult.Valid)
            ClaimReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .claim();
  }
}
