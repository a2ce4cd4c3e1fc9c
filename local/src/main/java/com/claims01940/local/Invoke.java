package com.claims01940.local;

import com.claims01940.dynamodb.DynamoDbClients;
import com.claims01940.json.Json;
import com.claims01940.local.servers.DynaliteServer;
import com.claims01940.local.servers.RepoPaths;
import com.claims01940.runtime.Log;
import com.claims01940.runtime.Settings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one function on one event file and prints its response, like `sam local invoke -e`. Uses
 * DYNAMODB_ENDPOINT and POLICY_TABLE (and CODESET_TABLE) if set; otherwise starts dynalite and
 * seeds both tables for the run. The function's log lines go to standard error, the response to
 * standard output.
 */
public final class Invoke {
  private Invoke() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: invoke.sh <FunctionLogicalId> <event.json>");
      System.exit(2);
    }
    SamTemplate template = SamTemplate.load(RepoPaths.root().resolve("template.yaml"));
    var function = template.function(args[0]).orElse(null);
    if (function == null) {
      System.err.println(
          "no function "
              + args[0]
              + " in template.yaml; functions: "
              + template.functions().stream().map(SamTemplate.Function::logicalId).toList());
      System.exit(2);
    }
    String event = Files.readString(Path.of(args[1]));
    Log.to(System.err);
    DynaliteServer dynalite = null;
    if (System.getenv(Settings.DYNAMODB_ENDPOINT) == null
        && System.getenv(Settings.POLICY_TABLE) == null) {
      dynalite = DynaliteServer.start();
      try (var client = DynamoDbClients.dynamoDb(LocalRun.REGION, dynalite.endpoint())) {
        new PolicyTable(client, LocalRun.TABLE).createSeeded();
        new CodeSetTable(client, LocalRun.CODESET_TABLE).createSeeded();
      }
      System.setProperty(Settings.DYNAMODB_ENDPOINT, dynalite.endpoint().toString());
      System.setProperty(Settings.POLICY_TABLE, LocalRun.TABLE);
      System.setProperty(Settings.CODESET_TABLE, LocalRun.CODESET_TABLE);
      System.setProperty(Settings.REGION, LocalRun.REGION);
      Settings.reload();
    }
    try {
      String response =
          new LambdaFunction(function.logicalId(), function.handlerClass()).invoke(event);
      System.out.println(
          Json.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(Json.MAPPER.readTree(response)));
    } finally {
      if (dynalite != null) {
        dynalite.close();
      }
    }
  }
}
