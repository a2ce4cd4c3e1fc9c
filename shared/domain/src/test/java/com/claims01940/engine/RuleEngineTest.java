package com.claims01940.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.claims01940.claim.Claim;
import com.claims01940.codes.CodeSets;
import com.claims01940.json.Json;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ReferenceStore;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.RuleInfo;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import com.claims01940.testing.ClaimFixture;
import com.claims01940.testing.ReferenceFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static final InMemoryPolicyStore STORE = InMemoryPolicyStore.seeded();
  private static final ClaimValidator VALIDATOR = new ClaimValidator(RuleEngine.standard(), STORE);

  /** A rule that always throws, to prove the engine isolates it. */
  static final class Exploding extends Rule {
    Exploding() {
      super("TEST-EXPLODES", Aspect.MODIFIERS, Severity.WARNING, false, "throws", Sources.ENGINE);
    }

    @Override
    public List<Finding> evaluate(Claim claim, RuleContext ctx) {
      throw new IllegalStateException("secret claim detail");
    }
  }

  @Test
  void aThrowingRuleBecomesAnErrorFindingAndOthersStillRun() {
    List<Rule> rules = new ArrayList<>(RuleCatalog.rules(CodeSets.load()));
    rules.add(0, new Exploding());
    var engine = new RuleEngine(rules, CodeSets.load());
    Claim claim = ClaimFixture.clean().set("/anesthesia/modifiers", "[\"AA\",\"47\"]").claim();
    ValidationReport report = new ClaimValidator(engine, STORE).validate(claim, Scope.MODIFIERS);
    Finding failed =
        report.findings().stream()
            .filter(f -> f.code().equals("ENGINE-RULE-FAILED"))
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.ERROR, failed.severity());
    assertTrue(failed.message().contains("TEST-EXPLODES"));
    assertFalse(failed.message().contains("secret claim detail"));
    assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("MOD-NOT-APPLICABLE")));
    assertEquals(Outcome.FAIL, report.outcome());
  }

  @Test
  void aspectsOnlyRunTheirOwnRules() {
    Claim claim =
        ClaimFixture.clean()
            .set("/anesthesia/modifiers", "[\"QS\"]")
            .remove("/documentation/indication")
            .set("/diagnosisCodes", "[]")
            .claim();
    for (Aspect aspect : Aspect.values()) {
      var report = VALIDATOR.validate(claim, Scope.of(aspect));
      assertTrue(
          report.findings().stream().allMatch(f -> f.aspect() == aspect),
          aspect + ": " + report.findings());
      assertEquals(Outcome.FAIL, report.outcome());
    }
    var all = VALIDATOR.validate(claim, Scope.ALL);
    assertEquals(
        new HashSet<>(List.of(Aspect.MODIFIERS, Aspect.DOCUMENTATION, Aspect.COVERAGE)),
        new HashSet<>(all.findings().stream().map(Finding::aspect).toList()));
  }

  @Test
  void paymentOnlyForCoverageAndAll() {
    Claim claim = ClaimFixture.clean().claim();
    assertNull(VALIDATOR.validate(claim, Scope.MODIFIERS).payment());
    assertNull(VALIDATOR.validate(claim, Scope.DOCUMENTATION).payment());
    assertNotNull(VALIDATOR.validate(claim, Scope.COVERAGE).payment());
    assertNotNull(VALIDATOR.validate(claim, Scope.ALL).payment());
  }

  @Test
  void outcomeFollowsTheWorstSeverity() {
    assertEquals(
        Outcome.WARN,
        VALIDATOR
            .validate(
                ClaimFixture.clean().remove("/documentation/asaPhysicalStatus").claim(), Scope.ALL)
            .outcome());
    ClaimValidator withTables =
        new ClaimValidator(
            RuleEngine.standard(), STORE, ReferenceStore.of(ReferenceFixture.shipped()));
    assertEquals(
        Outcome.PASS,
        withTables.validate(ClaimFixture.clean().claim(), Scope.ALL).outcome(),
        "INFO findings (COV-POLICY-UNVERIFIED) never change the outcome");
    assertEquals(
        Outcome.WARN,
        VALIDATOR.validate(ClaimFixture.clean().claim(), Scope.ALL).outcome(),
        "with no reference table loaded, a check not done is not a pass");
  }

  @Test
  void responsesAreDeterministic() throws Exception {
    Claim claim =
        ClaimFixture.clean()
            .set("/anesthesia/modifiers", "[\"QS\",\"AA\",\"47\",\"GA\",\"GZ\"]")
            .set("/diagnosisCodes", "[\"M54.50\",\"X\"]")
            .claim();
    String first = Json.MAPPER.writeValueAsString(VALIDATOR.validate(claim, Scope.ALL));
    for (int i = 0; i < 5; i++) {
      assertEquals(first, Json.MAPPER.writeValueAsString(VALIDATOR.validate(claim, Scope.ALL)));
    }
  }

  @Test
  void responseJsonHasTheContractShape() throws Exception {
    // Medicare is priced on the conversion-factor table of the year: the shipped one here.
    var priced =
        new ClaimValidator(
            RuleEngine.standard(), STORE, ReferenceStore.of(ReferenceFixture.shipped()));
    var json =
        Json.MAPPER.valueToTree(
            priced.validate(
                ClaimFixture.clean()
                    .set("/placeOfService", "\"22\"")
                    .remove("/priorAuthorization")
                    .claim(),
                Scope.COVERAGE));
    assertEquals("C-1001", json.path("claimId").asText());
    assertEquals("COVERAGE", json.path("aspect").asText());
    assertEquals("FAIL", json.path("outcome").asText());
    var finding = json.path("findings").get(0);
    assertEquals(
        List.of("code", "aspect", "severity", "field", "message", "reference"),
        iterable(finding.fieldNames()));
    assertEquals("COV-PRIOR-AUTH-MISSING", finding.path("code").asText());
    assertEquals("/priorAuthorization", finding.path("field").asText());
    assertEquals("2026-01-01", json.path("policy").path("effectiveFrom").asText());
    assertEquals(145.53, json.path("payment").path("estimatedAllowed").asDouble());
    assertFalse(finding.has("basis"));
  }

  /**
   * The contract's 60 codes, those of v1.1 and v1.2 added since, and the engine's own
   * (COV-POLICY-UNVERIFIED, COV-CODESET-NOT-LOADED, ENGINE-RULE-FAILED): exactly, so a rule dropped
   * from the catalogue is noticed.
   */
  static final int CATALOGUE_SIZE = 70;

  @Test
  void catalogueListsEveryRuleOnceWithReferences() {
    List<RuleInfo> catalogue = RuleCatalog.describe();
    assertEquals(
        catalogue.size(), new HashSet<>(catalogue.stream().map(RuleInfo::code).toList()).size());
    assertEquals(CATALOGUE_SIZE, catalogue.size(), "a rule added or lost changes the catalogue");
    assertTrue(
        catalogue.stream().allMatch(r -> !r.references().isEmpty() && r.description() != null));
  }

  static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /**
   * The response's policy names the MAC jurisdiction whose values applied: from the claim's
   * contractor; null without one, and for a payer with no jurisdictions.
   */
  @Test
  void thePolicyNamesTheJurisdictionApplied() {
    var validator =
        new ClaimValidator(
            RuleEngine.standard(), STORE, ReferenceStore.of(ReferenceFixture.shipped()));
    var manhattan =
        ClaimFixture.clean()
            .set("/pricingLocality", "{\"contractor\":\"13202\",\"locality\":\"01\"}");
    assertEquals("JK", validator.validate(manhattan.claim(), Scope.ALL).policy().jurisdiction());
    assertEquals(
        "JK",
        validator.validate(manhattan.claim(), Scope.DOCUMENTATION).policy().jurisdiction(),
        "every aspect names it, documentation too");
    assertNull(validator.validate(ClaimFixture.clean().claim(), Scope.ALL).policy().jurisdiction());
    assertNull(
        validator.validate(manhattan.payer("CIGNA").claim(), Scope.ALL).policy().jurisdiction(),
        "only Medicare's items have jurisdictions");
    var jj =
        validator.validate(
            ClaimFixture.clean()
                .set("/pricingLocality", "{\"contractor\":\"10112\",\"locality\":\"00\"}")
                .claim(),
            Scope.ALL);
    assertEquals("JJ", jj.policy().jurisdiction());
    assertFalse(jj.policy().verified(), "national values not confirmed for JJ");
  }
}
