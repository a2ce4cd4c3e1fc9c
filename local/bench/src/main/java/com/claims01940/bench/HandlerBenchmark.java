package com.claims01940.bench;

import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.functions.api.ValidateClaimHandler;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.runtime.Log;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
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

/**
 * The claim function's warm round trip as the Lambda runtime makes it with a stream handler: event
 * JSON in, through the handler (checks, all three aspects), response JSON out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HandlerBenchmark {
  @Param({"claim-validate.json", "claim-validate-fail.json", "claim-validate-missing-field.json"})
  public String event;

  private byte[] eventJson;
  private ValidateClaimHandler handler;

  @Setup
  public void setUp() throws Exception {
    Log.to(new PrintStream(OutputStream.nullOutputStream()));
    eventJson = Files.readAllBytes(RepoPaths.root().resolve("events").resolve(event));
    handler =
        new ValidateClaimHandler(
            new ClaimValidator(
                RuleEngine.standard(),
                new CachingPolicyStore(InMemoryPolicyStore.seeded(), Duration.ofMinutes(5)),
                Claims.shippedReferences()));
  }

  @Benchmark
  public byte[] roundTrip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    handler.handleRequest(new ByteArrayInputStream(eventJson), bytes, null);
    return bytes.toByteArray();
  }
}
