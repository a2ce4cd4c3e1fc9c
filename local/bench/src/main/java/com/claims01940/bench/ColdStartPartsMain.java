package com.claims01940.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.http.HttpApiEvent;
import com.claims01940.http.HttpApiResponse;
import com.claims01940.json.Json;
import com.claims01940.runtime.Settings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The parts a function's cold start is made of, each alone in a fresh JVM, so the cold-start table
 * can say where the time goes. The first argument names the parts, joined by '+': {@code
 * serializer} reads the event and writes a constant response with the Lambda runtime's serializers
 * (what a typed handler costs); {@code reader} does the same with the project's own event reader
 * and Jackson (what the API functions do); {@code query} builds the DynamoDB client as the
 * functions do and makes one Query. {@code reader+query} is the floor for a function that reads
 * policies.
 */
public final class ColdStartPartsMain {
  private ColdStartPartsMain() {}

  public static void main(String[] args) throws Exception {
    var parts = java.util.Set.of(args[0].split("\\+"));
    if (parts.contains("serializer")) {
      var in =
          LambdaEventSerializers.serializerFor(
              APIGatewayV2HTTPEvent.class, ColdStartPartsMain.class.getClassLoader());
      try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
        in.fromJson(event);
      }
    }
    if (parts.contains("reader")) {
      try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
        HttpApiEvent.read(event);
      }
    }
    if (parts.contains("query")) {
      try (DynamoDbClient dynamoDb = DynamoDbClients.dynamoDb(Settings.from(System.getenv()))) {
        DynamoDbClients.partition(dynamoDb, System.getenv("POLICY_TABLE"), "payerId", "MEDICARE");
      }
    }
    if (parts.contains("serializer")) {
      LambdaEventSerializers.serializerFor(
              APIGatewayV2HTTPResponse.class, ColdStartPartsMain.class.getClassLoader())
          .toJson(
              APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build(),
              System.out);
    } else if (parts.contains("reader")) {
      System.out.print(
          Json.MAPPER.writeValueAsString(new HttpApiResponse(200, Map.of(), "{}", false)));
    } else {
      System.out.print("{\"statusCode\":200}");
    }
    System.out.println();
  }
}
