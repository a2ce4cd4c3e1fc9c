package com.claims01940.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.http.ApiHandler;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.PayerPolicy;
import com.claims01940.policy.PayerSummary;
import com.claims01940.policy.PolicyStore;
import com.claims01940.policy.PolicyStoreUnavailableException;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.testing.ReferenceFixture;
import com.claims01940.wiring.Priming;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** SnapStart priming answers every route each function serves, through its real stores. */
class ApiPrimingTest {
  final AtomicInteger queries = new AtomicInteger();
  final AtomicInteger scans = new AtomicInteger();
  final AtomicInteger tableReads = new AtomicInteger();

  final PolicyStore counted =
      new PolicyStore() {
        final PolicyStore seeded = InMemoryPolicyStore.seeded();

        @Override
        public List<PayerPolicy> versions(String payerId) {
          queries.incrementAndGet();
          return seeded.versions(payerId);
        }

        @Override
        public List<PayerSummary> payers() {
          scans.incrementAndGet();
          return seeded.payers();
        }
      };

  final ReferenceStore references =
      () -> {
        tableReads.incrementAndGet();
        return ReferenceFixture.shipped();
      };

  ClaimValidator validator() {
    return new ClaimValidator(RuleEngine.standard(), counted, references);
  }

  static List<String> primeAll(ApiHandler handler) {
    List<Priming.Step> steps = ApiPriming.steps(handler);
    steps.forEach(s -> s.run().run());
    return steps.stream().map(Priming.Step::name).toList();
  }

  @Test
  void thePayersFunctionPrimesItsScanItsQueryTheCatalogueAndTheTables() {
    List<String> routes = primeAll(new PayersAndRulesHandler(counted, references));
    assertEquals(
        List.of(
            "GET /v1/payers",
            "GET /v1/payers/{payerId}/policy",
            "GET /v1/rules",
            "GET /v1/codesets"),
        routes);
    assertEquals(1, scans.get(), "the payers Scan");
    assertEquals(1, queries.get(), "a policy Query");
    assertEquals(1, tableReads.get(), "the reference tables");
  }

  @Test
  void eachValidatingFunctionPrimesItsOwnRouteThroughThePolicyStore() {
    assertEquals(
        List.of("POST /v1/claims/validate"), primeAll(new ValidateClaimHandler(validator())));
    assertEquals(
        List.of("POST /v1/claims/validate/modifiers"),
        primeAll(new ValidateModifiersHandler(validator())));
    assertEquals(
        List.of("POST /v1/claims/validate/documentation"),
        primeAll(new ValidateDocumentationHandler(validator())));
    assertEquals(
        List.of("POST /v1/claims/validate/coverage"),
        primeAll(new ValidateCoverageHandler(validator())));
    assertEquals(4, queries.get(), "every scope read the payer's policies");
    assertEquals(
        3, tableReads.get(), "all, modifiers and coverage read the tables; documentation not");
  }

  @Test
  void aStepWhoseRouteAnswers503IsAFailedStep() {
    PolicyStore down =
        new PolicyStore() {
          @Override
          public List<PayerPolicy> versions(String payerId) {
            throw new PolicyStoreUnavailableException("down", null);
          }

          @Override
          public List<PayerSummary> payers() {
            throw new PolicyStoreUnavailableException("down", null);
          }
        };
    Priming.Step step =
        ApiPriming.steps(
                new ValidateClaimHandler(
                    new ClaimValidator(RuleEngine.standard(), down, references)))
            .get(0);
    var e = assertThrows(IllegalStateException.class, () -> step.run().run());
    assertEquals("POST /v1/claims/validate answered 503", e.getMessage());
  }
}
