package com.claims01940.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.claims01940.engine.ClaimValidator;
import com.claims01940.engine.RuleEngine;
import com.claims01940.functions.api.ValidateClaimHandler;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.policy.CachingPolicyStore;
import com.claims01940.policy.InMemoryPolicyStore;
import com.claims01940.runtime.Log;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * The claim function's warm round trip: event JSON in, read by the Lambda runtime's serializer,
 * through the handler (checks, all three aspects), response written back out as JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HandlerBenchmark {
  @Param({"claim-validate.json", "claim-validate-fail.json", "claim-validate-missing-field.json"})
  public String event;

  private byte[] eventJson;
  private ValidateClaimHandler handler;
  private PojoSerializer<APIGatewayV2HTTPEvent> in;
  private PojoSerializer<APIGatewayV2HTTPResponse> out;

  @Setup
  public void setUp() throws Exception {
    Log.to(new PrintStream(OutputStream.nullOutputStream()));
    eventJson = Files.readAllBytes(RepoPaths.root().resolve("events").resolve(event));
    handler =
        new ValidateClaimHandler(
            new ClaimValidator(
                RuleEngine.standard(),
                new CachingPolicyStore(InMemoryPolicyStore.seeded(), Duration.ofMinutes(5))));
    in =
        LambdaEventSerializers.serializerFor(
            APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
    out =
        LambdaEventSerializers.serializerFor(
            APIGatewayV2HTTPResponse.class, getClass().getClassLoader());
  }

  @Benchmark
  public byte[] roundTrip() {
    APIGatewayV2HTTPResponse response =
        handler.handleRequest(in.fromJson(new ByteArrayInputStream(eventJson)), null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    out.toJson(response, bytes);
    return bytes.toByteArray();
  }
}
