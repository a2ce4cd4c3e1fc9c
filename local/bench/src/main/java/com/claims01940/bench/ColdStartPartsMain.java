package com.claims01940.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.runtime.Settings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The parts a function's cold start is made of, each alone in a fresh JVM, so the cold-start table
 * can say where the time goes: {@code serializer} reads the event and writes a constant response
 * with the Lambda runtime's serializers; {@code query} builds the DynamoDB client as the functions
 * do and makes one Query; {@code both} does both, which is the floor for any function that reads
 * policies.
 */
public final class ColdStartPartsMain {
  private ColdStartPartsMain() {}

  public static void main(String[] args) throws Exception {
    String part = args[0];
    boolean serializer = part.equals("serializer") || part.equals("both");
    if (serializer) {
      var in =
          LambdaEventSerializers.serializerFor(
              APIGatewayV2HTTPEvent.class, ColdStartPartsMain.class.getClassLoader());
      try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
        in.fromJson(event);
      }
    }
    if (part.equals("query") || part.equals("both")) {
      try (DynamoDbClient dynamoDb = DynamoDbClients.dynamoDb(Settings.from(System.getenv()))) {
        dynamoDb.query(
            q ->
                q.tableName(System.getenv("POLICY_TABLE"))
                    .keyConditionExpression("#p = :p")
                    .expressionAttributeNames(Map.of("#p", "payerId"))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("MEDICARE"))));
      }
    }
    APIGatewayV2HTTPResponse response =
        APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build();
    if (serializer) {
      LambdaEventSerializers.serializerFor(
              APIGatewayV2HTTPResponse.class, ColdStartPartsMain.class.getClassLoader())
          .toJson(response, System.out);
      System.out.println();
    } else {
      System.out.println("{\"statusCode\":200}");
    }
  }
}
