package com.claims01940.wiring;

import com.claims01940.awssdk.RefreshableCredentials;
import com.claims01940.awssdk.RestoreSafeBackoff;
import com.claims01940.awssdk.SdkClients;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.dynamodb.DynamoDbPolicyEdits;
import com.claims01940.dynamodb.DynamoDbPolicyStore;
import com.claims01940.dynamodb.DynamoDbReferenceStore;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.PolicyEditor;
import com.claims01940.policy.PolicyStore;
import com.claims01940.reference.CachingReferenceStore;
import com.claims01940.reference.ReferenceData;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.rules.Scope;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Metrics;
import com.claims01940.runtime.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a function container builds once: its DynamoDB client (from the settings template.yaml
 * provides), the cached policy store, and the rule engine — ahead of the first request when a
 * handler's runtime constructor calls {@link #prepare}, else on first use.
 */
public final class Wiring {
  private Wiring() {}

  /** The code sets and rules: no I/O, built apart from the client so the two can overlap. */
  private static final class Rules {
    static final RuleEngine ENGINE = RuleEngine.standard();
  }

  private static final class Holder {
    static final Settings SETTINGS = Settings.current();
    static final RefreshableCredentials CREDENTIALS =
        SdkClients.credentials(SETTINGS.dynamoDbEndpoint());
    static final Supplier<DynamoDbClient> DYNAMODB =
        new OnceBuilt<>(
            () ->
                DynamoDbClients.dynamoDb(
                    SdkClients.httpClient().build(),
                    SETTINGS.region(),
                    SETTINGS.dynamoDbEndpoint(),
                    CREDENTIALS));
    static final CachingPolicyStore POLICIES =
        new CachingPolicyStore(
            new DynamoDbPolicyStore(
                DYNAMODB, Settings.required(Settings.POLICY_TABLE, SETTINGS.policyTable())),
            SETTINGS.policyCacheTtl());
  }

  /** The policy editor: only the function that writes policies builds it. */
  private static final class Editor {
    static final PolicyEditor INSTANCE =
        new PolicyEditor(
            new DynamoDbPolicyEdits(
                Holder.DYNAMODB,
                Settings.required(Settings.POLICY_TABLE, Holder.SETTINGS.policyTable()),
                Settings.required(
                    Settings.POLICY_HISTORY_TABLE, Holder.SETTINGS.policyHistoryTable())));
  }

  /** Apart from the client, so reading the reference tables need not wait for the rules. */
  private static final class Validator {
    // Through a lambda, so a container that never reads the reference tables never loads them.
    static final ClaimValidator INSTANCE =
        new ClaimValidator(Rules.ENGINE, Holder.POLICIES, () -> References.STORE.current());
  }

  /** The reference tables: built on first use, on the container's one client. */
  private static final class References {
    static final CachingReferenceStore STORE =
        cachedReferences(
            Holder.SETTINGS.codeSetTable() == null
                ? ReferenceStore.of(ReferenceData.EMPTY)
                : new DynamoDbReferenceStore(Holder.DYNAMODB, Holder.SETTINGS.codeSetTable()),
            Holder.SETTINGS.policyCacheTtl());
  }

  /**
   * The reference tables cached as a function container caches them: a failed read is logged
   * ({@code codesets.unavailable}) and counted with the policy-store failures, and validation goes
   * on by shape only (COV-CODESET-NOT-LOADED says so).
   */
  public static CachingReferenceStore cachedReferences(ReferenceStore tables, Duration ttl) {
    return new CachingReferenceStore(tables, ttl, Wiring::referencesFailed);
  }

  private static void referencesFailed(RuntimeException e) {
    Log.warn("codesets.unavailable").id("reason", e.getMessage()).emit();
    Metrics.policyStoreFailure(Metrics.UNAVAILABLE);
  }

  /** Held here because CRaC keeps only weak references to registered resources. */
  private static Priming priming;

  /**
   * Called by the handlers' runtime constructors, with the scope they validate (null: none) and
   * what SnapStart priming should exercise (their own routes). Registers the priming, and starts
   * building the wiring on two background threads — the DynamoDB client (the larger part of a cold
   * start) and, where the scope needs them, the reference tables on one, the code sets and rules on
   * the other — so that they overlap each other and the reading of the event and the claim instead
   * of following them. A request that needs the wiring waits for it (class initialisation is the
   * lock); one answered without it (a 4xx) does not.
   */
  public static synchronized void prepare(Scope scope, Supplier<List<Priming.Step>> primingSteps) {
    if (priming != null) {
      return;
    }
    boolean readsTables = scope != null && ClaimValidator.readsReferenceTables(scope);
    priming = new Priming(primingSteps, () -> afterRestore(readsTables));
    org.crac.Core.getGlobalContext().register(priming);
    buildAhead("wiring-rules", () -> Rules.ENGINE);
    // A function whose scope reads the reference tables reads them here too, while the event is
    // still being read; one that does not (documentation, payers and rules) never reads them. The
    // policy store comes first: the validator would otherwise wait for the rules before it.
    buildAhead(
        "wiring",
        readsTables
            ? () -> references().current()
            : () -> {
              Holder.DYNAMODB.get();
              return validator();
            });
  }

  /**
   * What must not outlive a SnapStart snapshot: the credentials resolved while priming, the retry
   * jitter's seed, and every cached policy and reference table (and the last good tables).
   */
  /**
   * Renews what must not outlive the snapshot, then reads afresh, on background threads as at a
   * cold start, what the snapshot had read: the policies of the payers it had cached (the first
   * request for one of them waits for that read, not for a second one) and the reference tables.
   */
  private static void afterRestore(boolean readsTables) {
    Set<String> payers = renew(Holder.CREDENTIALS, Holder.POLICIES, References.STORE);
    buildAhead("restore-policies", () -> payers.stream().map(Holder.POLICIES::versions).toList());
    if (readsTables) {
      buildAhead("restore-references", () -> References.STORE.current());
    }
  }

  /** New credentials and jitter, every cache emptied; the payers whose policies were cached. */
  static Set<String> renew(
      RefreshableCredentials credentials,
      CachingPolicyStore policies,
      CachingReferenceStore references) {
    credentials.refresh();
    RestoreSafeBackoff.reseed();
    references.clear();
    return policies.clear();
  }

  private static void buildAhead(String name, Supplier<?> part) {
    Thread build = new Thread(() -> built(part), name);
    build.setDaemon(true);
    build.start();
  }

  private static void built(Supplier<?> part) {
    try {
      part.get();
    } catch (Throwable e) {
      // The request that needs the wiring fails with it; here it is only noted (class name, no
      // data).
      Log.warn("wiring.failed").id("error", e.getClass().getName()).emit();
    }
  }

  public static PolicyStore policies() {
    return Holder.POLICIES;
  }

  public static PolicyEditor policyEditor() {
    return Editor.INSTANCE;
  }

  public static ReferenceStore references() {
    return References.STORE;
  }

  public static ClaimValidator validator() {
    return Validator.INSTANCE;
  }
}
