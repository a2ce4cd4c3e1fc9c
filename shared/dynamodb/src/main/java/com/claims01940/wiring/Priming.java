package com.claims01940.wiring;

import com.claims01940.claim.ClaimReadResult;
import com.claims01940.claim.ClaimReader;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.json.Json;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.rules.Scope;
import com.claims01940.runtime.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming. Before the snapshot: read and validate a sample claim through the real policy
 * store and write the report, so classes are loaded and the SDK's request path, Jackson and the
 * engine are warm in the snapshot. After restore: forget cached policies and reference tables, so a
 * restored container reads fresh ones. Best effort: priming never stops a snapshot.
 */
public final class Priming implements Resource {
  private final Supplier<ClaimValidator> validator;
  private final Supplier<CachingPolicyStore> cache;
  private final Supplier<CachingReferenceStore> references;

  public Priming(
      Supplier<ClaimValidator> validator,
      Supplier<CachingPolicyStore> cache,
      Supplier<CachingReferenceStore> references) {
    this.validator = validator;
    this.cache = cache;
    this.references = references;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    try (InputStream in = Priming.class.getResourceAsStream("/priming-claim.json")) {
      var claim = ((ClaimReadResult.Valid) ClaimReader.read(in.readAllBytes())).claim();
      for (Scope aspect : Scope.values()) {
        Json.MAPPER.writeValueAsBytes(validator.get().validate(claim, aspect));
      }
      Log.info("snapstart.primed").emit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      Log.warn("snapstart.priming-skipped").id("error", e.getClass().getName()).emit();
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    cache.get().clear();
    references.get().clear();
  }
}
