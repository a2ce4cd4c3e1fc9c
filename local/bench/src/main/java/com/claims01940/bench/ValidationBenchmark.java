package com.claims01940.bench;

import com.claims01940.claim.Claim;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.engine.ValidationReport;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.InMemoryPolicyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm per-claim validation: the engine with a warm policy cache, one aspect or all three. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  @Param({"ALL", "MODIFIERS", "DOCUMENTATION", "COVERAGE"})
  public com.claims01940.rules.Scope aspect;

  @Param({"clean", "many-findings"})
  public String claim;

  private ClaimValidator validator;
  private Claim parsed;

  @Setup
  public void setUp() {
    validator =
        new ClaimValidator(
            RuleEngine.standard(),
            new CachingPolicyStore(InMemoryPolicyStore.seeded(), Duration.ofMinutes(5)),
            Claims.shippedReferences());
    parsed = Claims.parse(claim.equals("clean") ? Claims.cleanJson() : Claims.manyFindingsJson());
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(parsed, aspect);
  }
}
