package com.claims01940.testing;

import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ShippedReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference tables the project ships (refdata/), found from any module's directory. */
public final class ReferenceFixture {
  private ReferenceFixture() {}

  private static ReferenceData shipped;

  /** The repository's refdata/ directory: the nearest one above the working directory. */
  public static Path refdata() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("refdata/manifest.json"))) {
        return dir.resolve("refdata");
      }
    }
    throw new IllegalStateException(
        "no refdata/manifest.json above " + Path.of("").toAbsolutePath());
  }

  /**
   * Records of CMS's HCPCS file of January 2026 (HCPC2026_JAN_ANWEB_01122026.txt): eleven modifiers
   * and two procedures, as CMS's loader input; provenance in refdata/README.md.
   */
  public static byte[] hcpcsRecords() {
    try (InputStream in =
        ReferenceFixture.class.getResourceAsStream(
            "/reference/HCPC2026_JAN_ANWEB_01122026-records.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized ReferenceData shipped() {
    if (shipped == null) {
      try {
        shipped = ShippedReferenceData.data(refdata());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shipped;
  }
}
