package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.claims01940.http.ApiHandler;
import com.claims01940.http.Routes;
import com.claims01940.json.Json;
import com.claims01940.runtime.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * template.yaml checked against the official SAM schema, and against what the code expects of it.
 */
class TemplateTest {
  static final Path ROOT = Path.of("..");
  static final JsonNode TEMPLATE = CfnYaml.read(ROOT.resolve("template.yaml"));
  static final SamTemplate SAM = SamTemplate.load(ROOT.resolve("template.yaml"));

  static JsonSchema samSchema() throws Exception {
    try (InputStream in = TemplateTest.class.getResourceAsStream("/sam/sam.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(Json.MAPPER.readTree(in));
    }
  }

  @Test
  void validAgainstTheSamSchema() throws Exception {
    Set<ValidationMessage> errors = samSchema().validate(TEMPLATE);
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void jwtAuthorizerGuardsEveryRoute() {
    JsonNode api = TEMPLATE.path("Resources").path("HttpApi").path("Properties").path("Auth");
    assertEquals("JwtAuthorizer", api.path("DefaultAuthorizer").asText());
    JsonNode jwt = api.path("Authorizers").path("JwtAuthorizer");
    assertEquals("JwtIssuer", jwt.path("JwtConfiguration").path("issuer").path("Ref").asText());
    assertEquals("JwtAudience", jwt.path("JwtConfiguration").path("audience").path("Ref").asText());
    List<String> opened = new ArrayList<>();
    walk(
        TEMPLATE.path("Resources"),
        "",
        (path, key, value) -> {
          if (key.equals("Authorizer") && value.asText().equals("NONE")) {
            opened.add(path);
          }
        });
    assertEquals(List.of(), opened, "no route opts out of the default authorizer");
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    ObjectNode broken = TEMPLATE.deepCopy();
    ((ObjectNode) broken.path("Resources").path("ClaimFunction").path("Properties"))
        .put("Handlr", "typo");
    ((ObjectNode)
            broken
                .path("Resources")
                .path("ClaimFunction")
                .path("Properties")
                .path("Events")
                .path("Validate"))
        .put("Type", "HttpApiTypo");
    assertFalse(samSchema().validate(broken).isEmpty());
  }

  /**
   * Only the SAM transform: the SAM CLI and cfn-lint translate the template exactly as
   * CloudFormation will.
   */
  @Test
  void transformIsSamAlone() {
    assertEquals("AWS::Serverless-2016-10-31", TEMPLATE.path("Transform").asText());
  }

  @Test
  void everyContractRouteIsServedByItsFunction() {
    Set<String> declared = new TreeSet<>();
    int defaults = 0;
    for (SamTemplate.Function f : SAM.functions()) {
      for (SamTemplate.Route r : f.routes()) {
        if (r.isDefault()) {
          defaults++;
          assertEquals("PayersFunction", f.logicalId());
        } else {
          declared.add(r.routeKey() + " -> " + f.logicalId());
        }
      }
    }
    Set<String> contract = new TreeSet<>();
    Routes.ALL.forEach(r -> contract.add(r.routeKey() + " -> " + r.function()));
    assertEquals(contract, declared);
    assertEquals(1, defaults, "one $default route answers 404/405 as problem+json");
  }

  @Test
  void everyHandlerExistsAndTakesHttpApiEvents() throws Exception {
    for (SamTemplate.Function f : SAM.functions()) {
      Class<?> type = Class.forName(f.handlerClass());
      assertTrue(f.handler().endsWith("::handleRequest"), f.handler());
      type.getConstructor();
      if (!f.routes().isEmpty()) {
        // API functions read the payload 2.0 event themselves (ApiHandler): no runtime serializer.
        assertTrue(ApiHandler.class.isAssignableFrom(type), f.logicalId());
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), f.logicalId());
        continue;
      }
      Type[] io = LambdaFunction.requestHandlerTypes(type);
      boolean s3Triggered =
          TEMPLATE
              .path("Resources")
              .path(f.logicalId())
              .path("Properties")
              .path("Events")
              .findValuesAsText("Type")
              .contains("S3");
      if (s3Triggered) {
        assertEquals(
            com.amazonaws.services.lambda.runtime.events.S3Event.class, io[0], f.logicalId());
      }
      assertTrue(
          f.codeUri().startsWith("functions/") && f.codeUri().endsWith("-function.jar"),
          f.codeUri());
    }
  }

  /** Wildcards may only take access away: a Deny statement may name s3:*, an Allow never may. */
  @Test
  void noWildcardResourcesOrActionsInAllows() {
    List<String> wildcards = new ArrayList<>();
    walk(
        TEMPLATE,
        "",
        (path, key, value) -> {
          if (key.equals("Statement")) {
            for (JsonNode statement : value) {
              boolean deny = statement.path("Effect").asText().equals("Deny");
              for (String field : List.of("Resource", "Action", "NotResource", "NotAction")) {
                if (!deny && containsStar(statement.path(field))) {
                  wildcards.add(path + " " + field);
                }
              }
            }
          }
          if ((key.equals("Resource") || key.equals("Action"))
              && value.isTextual()
              && value.asText().equals("*")
              && !path.contains("Statement")) {
            wildcards.add(path);
          }
        });
    assertEquals(List.of(), wildcards);
  }

  /**
   * Issue 22: only the function that writes policies may write the policies table, and only it may
   * touch their history; it is told the history table's name.
   */
  @Test
  void onlyThePolicyEditorMayWritePoliciesOrTouchTheirHistory() {
    Set<String> writers = new TreeSet<>();
    Set<String> historians = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = TEMPLATE.path("Resources").fields();
        it.hasNext(); ) {
      var r = it.next();
      if (!r.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
        continue;
      }
      for (JsonNode p : r.getValue().path("Properties").path("Policies")) {
        String kind = p.fieldNames().next();
        String table = p.path(kind).path("TableName").path("Ref").asText();
        if (table.equals("PoliciesTable") && !kind.equals("DynamoDBReadPolicy")) {
          writers.add(r.getKey());
        }
        if (table.equals("PolicyHistoryTable")) {
          historians.add(r.getKey());
        }
      }
    }
    assertEquals(Set.of("PolicyEditFunction"), writers);
    assertEquals(Set.of("PolicyEditFunction"), historians);
    JsonNode editor = TEMPLATE.path("Resources").path("PolicyEditFunction").path("Properties");
    assertEquals(
        "PolicyHistoryTable",
        editor
            .path("Environment")
            .path("Variables")
            .path("POLICY_HISTORY_TABLE")
            .path("Ref")
            .asText());
  }

  @Test
  void functionsUseOnlySamPolicyTemplates() {
    Set<String> templates =
        Set.of(
            "DynamoDBReadPolicy",
            "DynamoDBWritePolicy",
            "DynamoDBCrudPolicy",
            "S3ReadPolicy",
            "S3WritePolicy",
            "S3CrudPolicy",
            "SQSSendMessagePolicy");
    for (Iterator<Map.Entry<String, JsonNode>> it = TEMPLATE.path("Resources").fields();
        it.hasNext(); ) {
      var r = it.next();
      if (!r.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
        continue;
      }
      JsonNode policies = r.getValue().path("Properties").path("Policies");
      assertTrue(policies.isArray() && !policies.isEmpty(), r.getKey() + " declares its policies");
      for (JsonNode p : policies) {
        assertTrue(
            p.isObject() && p.size() == 1 && templates.contains(p.fieldNames().next()),
            r.getKey() + ": " + p);
      }
    }
  }

  @Test
  void everyFunctionLogsToItsOwnGroupWithRetention() {
    for (SamTemplate.Function f : SAM.functions()) {
      JsonNode logging =
          TEMPLATE.path("Resources").path(f.logicalId()).path("Properties").path("LoggingConfig");
      assertEquals("JSON", logging.path("LogFormat").asText(), f.logicalId());
      String group = logging.path("LogGroup").path("Ref").asText();
      JsonNode res = TEMPLATE.path("Resources").path(group);
      assertEquals("AWS::Logs::LogGroup", res.path("Type").asText(), f.logicalId());
      assertTrue(res.path("Properties").has("RetentionInDays"), group);
    }
  }

  @Test
  void uploadsBucketIsPrivateEncryptedTlsOnlyAndExpires() {
    JsonNode bucket = TEMPLATE.path("Resources").path("UploadsBucket").path("Properties");
    JsonNode block = bucket.path("PublicAccessBlockConfiguration");
    for (String k :
        List.of(
            "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
      assertTrue(block.path(k).asBoolean(), k);
    }
    assertFalse(
        bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").isEmpty());
    JsonNode deny =
        TEMPLATE
            .path("Resources")
            .path("UploadsBucketPolicy")
            .path("Properties")
            .path("PolicyDocument")
            .path("Statement")
            .get(0);
    assertEquals("Deny", deny.path("Effect").asText());
    assertEquals("false", deny.path("Condition").path("Bool").path("aws:SecureTransport").asText());
    List<String> prefixes =
        bucket.path("LifecycleConfiguration").path("Rules").findValuesAsText("Prefix");
    assertTrue(prefixes.containsAll(List.of("uploads/", "results/")), prefixes.toString());
  }

  /**
   * The console's files are private: only the stack's own CloudFront distribution reads them, over
   * TLS.
   */
  @Test
  void theConsoleIsServedByCloudFrontThroughOriginAccessControlOnly() {
    JsonNode res = TEMPLATE.path("Resources");
    JsonNode block =
        res.path("ConsoleBucket").path("Properties").path("PublicAccessBlockConfiguration");
    for (String k :
        List.of(
            "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
      assertTrue(block.path(k).asBoolean(), k);
    }
    JsonNode origin =
        res.path("ConsoleDistribution")
            .path("Properties")
            .path("DistributionConfig")
            .path("Origins")
            .get(0);
    assertEquals(
        "ConsoleOriginAccessControl",
        origin.path("OriginAccessControlId").path("Fn::GetAtt").get(0).asText());
    JsonNode read =
        res.path("ConsoleBucketPolicy")
            .path("Properties")
            .path("PolicyDocument")
            .path("Statement")
            .get(0);
    assertEquals("cloudfront.amazonaws.com", read.path("Principal").path("Service").asText());
    assertEquals("s3:GetObject", read.path("Action").asText());
    assertTrue(
        read.path("Condition")
            .path("StringEquals")
            .path("AWS:SourceArn")
            .path("Fn::Sub")
            .asText()
            .endsWith("distribution/${ConsoleDistribution}"),
        read.toString());
    JsonNode api =
        res.path("ConsoleDistribution")
            .path("Properties")
            .path("DistributionConfig")
            .path("CacheBehaviors")
            .get(0);
    assertEquals("/v1/*", api.path("PathPattern").asText());
    assertEquals(
        List.of("Authorization"),
        Json.MAPPER.convertValue(
            res.path("ConsoleApiCachePolicy")
                .path("Properties")
                .path("CachePolicyConfig")
                .path("ParametersInCacheKeyAndForwardedToOrigin")
                .path("HeadersConfig")
                .path("Headers"),
            List.class),
        "the bearer token reaches the API");
  }

  @Test
  void bulkRetriesThenGoesToAQueueAndTriggersOnlyOnUploads() {
    JsonNode bulk = TEMPLATE.path("Resources").path("BulkFunction").path("Properties");
    assertEquals(2, bulk.path("EventInvokeConfig").path("MaximumRetryAttempts").asInt());
    assertEquals(
        "SQS",
        bulk.path("EventInvokeConfig")
            .path("DestinationConfig")
            .path("OnFailure")
            .path("Type")
            .asText());
    JsonNode rule =
        bulk.path("Events")
            .path("Upload")
            .path("Properties")
            .path("Filter")
            .path("S3Key")
            .path("Rules")
            .get(0);
    assertEquals(
        "uploads/", rule.path("Value").asText(), "results/ must not trigger the function again");
    List<String> functionsWithS3 = new ArrayList<>();
    TEMPLATE
        .path("Resources")
        .fields()
        .forEachRemaining(
            r -> {
              if (r.getValue().path("Properties").path("Policies").findValues("S3ReadPolicy").size()
                      + r.getValue()
                          .path("Properties")
                          .path("Policies")
                          .findValues("S3WritePolicy")
                          .size()
                  > 0) {
                functionsWithS3.add(r.getKey());
              }
            });
    assertEquals(
        List.of("UploadsFunction", "BulkFunction"),
        functionsWithS3,
        "only bulk and uploads touch S3");
  }

  /**
   * Every function that reads the reference tables is told the table (its own environment or the
   * globals) and may read it: without either, its checks would quietly run by shape only.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "ModifiersFunction",
        "CoverageFunction",
        "ClaimFunction",
        "PayersFunction",
        "BulkFunction",
        "ReferenceCalendarFunction"
      })
  void functionsThatReadTheReferenceTablesAreToldTheTableAndMayReadIt(String name) {
    JsonNode f = TEMPLATE.path("Resources").path(name).path("Properties");
    JsonNode own = f.path("Environment").path("Variables").path("CODESET_TABLE");
    JsonNode global =
        TEMPLATE
            .path("Globals")
            .path("Function")
            .path("Environment")
            .path("Variables")
            .path("CODESET_TABLE");
    assertEquals(
        "CodeSetsTable",
        (own.isMissingNode() ? global : own).path("Ref").asText(),
        name + " has CODESET_TABLE");
    boolean mayRead = false;
    for (JsonNode p : f.path("Policies")) {
      mayRead |=
          p.path("DynamoDBReadPolicy")
              .path("TableName")
              .path("Ref")
              .asText()
              .equals("CodeSetsTable");
    }
    assertTrue(mayRead, name + " has a DynamoDBReadPolicy on CodeSetsTable");
  }

  @Test
  void globalsSetRuntimeSnapStartTracingAndTable() {
    JsonNode g = TEMPLATE.path("Globals").path("Function");
    assertEquals("java21", g.path("Runtime").asText());
    assertEquals("PublishedVersions", g.path("SnapStart").path("ApplyOn").asText());
    assertEquals("live", g.path("AutoPublishAlias").asText());
    assertEquals("Active", g.path("Tracing").asText());
    assertEquals(
        "PoliciesTable",
        g.path("Environment").path("Variables").path("POLICY_TABLE").path("Ref").asText());
    JsonNode table = TEMPLATE.path("Resources").path("PoliciesTable").path("Properties");
    assertTrue(
        table
            .path("PointInTimeRecoverySpecification")
            .path("PointInTimeRecoveryEnabled")
            .asBoolean());
    assertTrue(table.path("SSESpecification").path("SSEEnabled").asBoolean());
    assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText());
  }

  @Test
  void openApiDocumentsExactlyTheContractRoutes() {
    JsonNode openapi = CfnYaml.read(ROOT.resolve("functions/openapi.yaml"));
    assertTrue(openapi.path("openapi").asText().startsWith("3."));
    Set<String> documented = new HashSet<>();
    openapi
        .path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> {
                          if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                            documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                          }
                        }));
    Set<String> contract = new HashSet<>();
    Routes.ALL.forEach(r -> contract.add(r.routeKey()));
    assertEquals(contract, documented);
  }

  static List<Map.Entry<String, JsonNode>> resources(String type) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    TEMPLATE
        .path("Resources")
        .fields()
        .forEachRemaining(
            r -> {
              if (r.getValue().path("Type").asText().equals(type)) {
                out.add(r);
              }
            });
    return out;
  }

  /** The metrics an alarm reads: its own, or each MetricStat of its metric-math form. */
  static List<JsonNode> alarmMetrics(JsonNode properties) {
    if (properties.has("MetricName")) {
      return List.of(properties);
    }
    List<JsonNode> out = new ArrayList<>();
    properties
        .path("Metrics")
        .forEach(
            m -> {
              if (m.has("MetricStat")) {
                out.add(m.path("MetricStat").path("Metric"));
              }
            });
    return out;
  }

  @Test
  void everyFunctionHasAnErrorsAndAThrottlesAlarm() {
    Set<String> watched = new TreeSet<>();
    for (var alarm : resources("AWS::CloudWatch::Alarm")) {
      for (JsonNode m : alarmMetrics(alarm.getValue().path("Properties"))) {
        if (m.path("Namespace").asText().equals("AWS/Lambda")) {
          watched.add(
              m.path("MetricName").asText()
                  + " "
                  + m.path("Dimensions").get(0).path("Value").path("Ref").asText());
        }
      }
    }
    Set<String> expected = new TreeSet<>();
    for (SamTemplate.Function f : SAM.functions()) {
      expected.add("Errors " + f.logicalId());
      expected.add("Throttles " + f.logicalId());
    }
    assertEquals(expected, watched);
  }

  /**
   * Each alarm reads a metric that exists: one of ours under exactly a dimension set the code
   * writes it with, or an AWS metric of a resource in this template.
   */
  /**
   * Issue 22: every route declares the scopes it needs (contract v1.2 "Who may do what"): the
   * validate and reference routes claims.validate, the upload routes uploads.write; the $default
   * route any of the three, so a token of ours always gets its 404 or 405.
   */
  @Test
  void everyRouteDeclaresItsScopes() {
    int routes = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = TEMPLATE.path("Resources").fields();
        it.hasNext(); ) {
      var r = it.next();
      for (JsonNode e : r.getValue().path("Properties").path("Events")) {
        if (!e.path("Type").asText().equals("HttpApi")) {
          continue;
        }
        routes++;
        JsonNode auth = e.path("Properties").path("Auth");
        String path = e.path("Properties").path("Path").asText("");
        List<String> scopes = new ArrayList<>();
        auth.path("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
        assertEquals("JwtAuthorizer", auth.path("Authorizer").asText(), r.getKey() + " " + path);
        List<String> expected =
            path.isEmpty()
                ? List.of("claims.validate", "uploads.write", "policies.write")
                : path.startsWith("/v1/uploads")
                    ? List.of("uploads.write")
                    : path.endsWith("/history")
                        ? List.of("claims.validate", "policies.write")
                        : path.contains("/policies/")
                            ? List.of("policies.write")
                            : List.of("claims.validate");
        assertEquals(expected, scopes, r.getKey() + " " + path);
      }
    }
    assertEquals(13, routes, "every route of the contract, and $default");
  }

  /**
   * Issue 26: a daily check of the tables' end dates, an alarm 30 days ahead, one on use past them.
   */
  @Test
  void referenceDataIsCheckedDailyAndAlarmsBeforeItRunsOut() throws Exception {
    JsonNode res = TEMPLATE.path("Resources");
    JsonNode daily =
        res.path("ReferenceCalendarFunction").path("Properties").path("Events").path("Daily");
    assertEquals("ScheduleV2", daily.path("Type").asText());
    assertEquals("cron(0 6 * * ? *)", daily.path("Properties").path("ScheduleExpression").asText());
    assertEquals(
        Json.MAPPER.readTree(
            Files.readAllBytes(Path.of("..", "events", "reference-calendar.json"))),
        Json.MAPPER.readTree(daily.path("Properties").path("Input").asText()),
        "the schedule sends what events/reference-calendar.json holds");
    JsonNode runningOut = res.path("ReferenceDataRunningOutAlarm").path("Properties");
    assertEquals(30, runningOut.path("Threshold").asInt());
    assertEquals("LessThanThreshold", runningOut.path("ComparisonOperator").asText());
    assertEquals(
        List.of("icd10cm", "modifiers", "hcpcs-modifiers"),
        runningOut.path("Metrics").findValues("Dimensions").stream()
            .map(d -> d.get(1).path("Value").asText())
            .toList());
    JsonNode notLoaded = res.path("CodeSetNotLoadedAlarm").path("Properties");
    assertEquals("Findings", notLoaded.path("MetricName").asText());
    assertEquals(
        "COV-CODESET-NOT-LOADED", notLoaded.path("Dimensions").get(1).path("Value").asText());
  }

  @Test
  void everyAlarmReadsAMetricThatExistsAndNotifiesTheTopic() {
    Map<String, Metrics.Metric> ours = new java.util.HashMap<>();
    for (Metrics.Metric m : Metrics.Metric.values()) {
      ours.put(m.metricName, m);
    }
    Map<String, Set<String>> aws =
        Map.of(
            "AWS/Lambda",
            Set.of("Errors", "Throttles"),
            "AWS/SQS",
            Set.of("ApproximateNumberOfMessagesVisible"),
            "AWS/ApiGateway",
            Set.of("5xx", "4xx", "Count"));
    List<Map.Entry<String, JsonNode>> alarms = resources("AWS::CloudWatch::Alarm");
    assertTrue(alarms.size() >= 2 * SAM.functions().size() + 4, "alarms: " + alarms.size());
    for (var alarm : alarms) {
      JsonNode props = alarm.getValue().path("Properties");
      assertEquals(
          "AlarmTopic", props.path("AlarmActions").get(0).path("Ref").asText(), alarm.getKey());
      assertTrue(props.path("AlarmDescription").asText().contains("runbook"), alarm.getKey());
      List<JsonNode> metrics = alarmMetrics(props);
      assertFalse(metrics.isEmpty(), alarm.getKey());
      for (JsonNode m : metrics) {
        JsonNode ns = m.path("Namespace");
        List<String> dims = m.path("Dimensions").findValuesAsText("Name");
        if (ns.path("Ref").asText().equals("MetricsNamespace")) {
          Metrics.Metric metric = ours.get(m.path("MetricName").asText());
          assertTrue(
              metric != null, alarm.getKey() + " reads a metric the code never writes: " + m);
          List<List<String>> written =
              metric.dimensionSets.stream()
                  .map(
                      set -> {
                        List<String> d = new ArrayList<>(List.of(Metrics.ENVIRONMENT));
                        d.addAll(set);
                        return d;
                      })
                  .toList();
          assertTrue(
              written.contains(dims), alarm.getKey() + ": " + dims + " is not one of " + written);
          assertEquals(
              "EnvironmentName", m.path("Dimensions").get(0).path("Value").path("Ref").asText());
        } else {
          assertTrue(
              aws.getOrDefault(ns.asText(), Set.of()).contains(m.path("MetricName").asText()),
              alarm.getKey() + ": " + m);
          JsonNode value = m.path("Dimensions").get(0).path("Value");
          String target =
              value.has("Ref")
                  ? value.path("Ref").asText()
                  : value.path("Fn::GetAtt").get(0).asText();
          assertTrue(TEMPLATE.path("Resources").has(target), alarm.getKey() + " watches " + target);
        }
      }
    }
    var subscription = TEMPLATE.path("Resources").path("AlarmEmailSubscription");
    assertEquals(
        "HasAlarmEmail",
        subscription.path("Condition").asText(),
        "the e-mail subscription is optional");
  }

  /**
   * The dashboard body is JSON once substituted, and every metric of ours it names is one the code
   * writes.
   */
  @Test
  void dashboardIsJsonAndNamesOnlyWrittenMetrics() throws Exception {
    JsonNode sub =
        TEMPLATE
            .path("Resources")
            .path("OperationsDashboard")
            .path("Properties")
            .path("DashboardBody")
            .path("Fn::Sub");
    String body = sub.get(0).asText().replaceAll("\\$\\{[^}]+}", "X");
    JsonNode dashboard = Json.MAPPER.readTree(body);
    assertTrue(dashboard.path("widgets").size() >= 8);
    Set<String> written = new TreeSet<>();
    for (Metrics.Metric m : Metrics.Metric.values()) {
      written.add(m.metricName);
    }
    java.util.regex.Matcher named =
        java.util.regex.Pattern.compile("MetricName=\\\\\"(\\w+)\\\\\"")
            .matcher(sub.get(0).asText());
    int searches = 0;
    while (named.find()) {
      searches++;
      assertTrue(written.contains(named.group(1)), named.group(1));
    }
    assertTrue(searches >= 5, "searches: " + searches);
    for (JsonNode widget : dashboard.path("widgets")) {
      for (JsonNode row : widget.path("properties").path("metrics")) {
        if (row.get(0).isTextual() && row.get(0).asText().equals("X")) {
          assertTrue(written.contains(row.get(1).asText()), row.toString());
        }
      }
    }
  }

  interface Visitor {
    void visit(String path, String key, JsonNode value);
  }

  static void walk(JsonNode node, String path, Visitor visitor) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                visitor.visit(path + "/" + e.getKey(), e.getKey(), e.getValue());
                walk(e.getValue(), path + "/" + e.getKey(), visitor);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visitor);
      }
    }
  }

  static boolean containsStar(JsonNode v) {
    if (v.isTextual()) {
      return v.asText().equals("*") || v.asText().endsWith(":*");
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (containsStar(e)) {
          return true;
        }
      }
    }
    return false;
  }
}
