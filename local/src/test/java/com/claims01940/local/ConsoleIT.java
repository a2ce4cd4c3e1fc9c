package com.claims01940.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser (Debian's headless chromium, driven by Selenium) against the
 * local stack: a clean claim, a wrong modifier marked on the form, a 400 beside its field, a batch
 * ending with its chart, payers, policies and rules, and no serious or critical accessibility
 * violations (axe-core). Screenshots of each step go to target/console/. Needs chromium: a failure
 * on CI without it, a counted skip elsewhere.
 */
class ConsoleIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/console");
  static WebDriver driver;
  static String url;

  static boolean browser() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeEach
  void browserInstalled() {
    RequiredTool.require(
        browser(), "chromium", "apt-get install chromium chromium-driver (.ci/run does)");
  }

  @BeforeAll
  static void start() throws Exception {
    if (!browser()) {
      return;
    }
    NodeTools.install("axe-core/axe.min.js");
    Files.createDirectories(SHOTS);
    url = SharedStack.get().apiUrl();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,2000",
        "--user-data-dir=" + Files.createTempDirectory("console-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static WebDriverWait waitUp(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /**
   * Loads the console afresh and gives it a staff token the way a user does (Settings, "Use this
   * token": the token lives in the page only), then shows the view.
   */
  static void open(String view) {
    open(view, LocalAuth.Role.STAFF);
  }

  static void open(String view, LocalAuth.Role role) {
    driver.get(url + "/#settings");
    driver.navigate().refresh();
    waitUp(20)
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    String token = SharedStack.get().token(role);
    if (token != null) {
      setValue(byId("token"), token);
      byId("settings-form").findElement(By.cssSelector("button[type=submit]")).click();
      waitUp(5).until(ExpectedConditions.textToBe(By.id("announcer"), "Token set for this page."));
    }
    ((JavascriptExecutor) driver).executeScript("window.location.hash = arguments[0];", view);
    waitUp(5)
        .until(
            d -> d.findElement(By.cssSelector("[data-view-panel='" + view + "']")).isDisplayed());
  }

  static WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  static void screenshot(String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static void setValue(WebElement input, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            input,
            value);
  }

  static void validateSample(String payer) {
    new Select(byId("sample")).selectByValue(payer);
    byId("load-sample").click();
  }

  @Test
  void aCleanClaimPassesWithItsPaymentWorkedOut() throws Exception {
    open("check");
    validateSample("MEDICARE");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.textToBe(By.id("outcome"), "PASS"));
    assertTrue(
        byId("payment-amount").getText().contains("145.53"), byId("payment-amount").getText());
    assertTrue(
        byId("payment-formula").getText().contains("20.4976"), byId("payment-formula").getText());
    assertTrue(
        byId("payment-basis").getText().contains("national conversion factor, CY2026"),
        byId("payment-basis").getText());
    // The CY2022 base units applied to 2026 are unverified: the estimate says so, never "verified".
    assertTrue(
        byId("payment-basis").getText().contains("Rests on at least one unverified value"),
        byId("payment-basis").getText());
    // INFO findings are listed too (the unverified basis of a value the policy sets).
    assertFalse(
        driver.findElements(By.cssSelector("li.finding.sev-INFO")).isEmpty(),
        "INFO findings are shown");
    Object stored =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return localStorage.length + sessionStorage.length + document.cookie.length;");
    assertEquals(0L, stored, "nothing about the claim is kept in the browser");
    assertEquals(
        ", with the national rules (no contractor named)", byId("policy-jurisdiction").getText());
    screenshot("1-clean-claim-pass");
  }

  /** A Manhattan claim is judged by NGS's rules (JK): general anesthesia for facet work fails. */
  @Test
  void theMacJurisdictionAppliedIsNamed() throws Exception {
    open("check");
    validateSample("MEDICARE");
    WebElement json = byId("claim-json");
    String claim =
        json.getAttribute("value")
            .replaceFirst(
                "\\{", "{\"pricingLocality\": {\"contractor\": \"13202\", \"locality\": \"01\"}, ")
            .replace("\"type\": \"MAC\"", "\"type\": \"GENERAL\"");
    setValue(json, claim);
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.textToBe(By.id("outcome"), "FAIL"));
    assertEquals(", with the rules of MAC jurisdiction JK", byId("policy-jurisdiction").getText());
    assertFalse(
        driver
            .findElements(
                By.cssSelector("li.finding[data-code='COV-ANESTHESIA-NOT-MEDICALLY-NECESSARY']"))
            .isEmpty(),
        "NGS does not cover general anesthesia for facet interventions");
  }

  @Test
  void aWrongModifierIsFoundAndItsFieldMarked() throws Exception {
    open("check");
    validateSample("MEDICARE");
    WebElement second = byId("f-anesthesia-modifiers-1");
    second.clear();
    second.sendKeys("47");
    byId("validate").click();
    waitUp(20)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li[data-code='MOD-NOT-APPLICABLE']")));
    assertEquals("FAIL", byId("outcome").getText());
    assertTrue(second.getAttribute("class").contains("has-finding"), second.getAttribute("class"));
    assertTrue(byId("f-anesthesia-modifiers-1-notes").getText().contains("MOD-NOT-APPLICABLE"));
    driver
        .findElement(By.cssSelector("li[data-code='MOD-NOT-APPLICABLE'] button[data-field]"))
        .click();
    assertEquals(second, driver.switchTo().activeElement(), "the finding's field takes the focus");
    screenshot("2-wrong-modifier-marked");
  }

  @Test
  void aBadRequestShowsEachErrorBesideItsField() throws Exception {
    open("check");
    validateSample("AETNA");
    WebElement date = byId("f-dateOfService");
    setValue(date, "");
    setValue(byId("f-anesthesia-minutes"), "-5");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    String summary = byId("error-summary").getText();
    assertTrue(
        summary.contains("400")
            && summary.contains("/dateOfService")
            && summary.contains("/anesthesia/minutes"),
        summary);
    assertEquals("true", date.getAttribute("aria-invalid"));
    assertTrue(date.getAttribute("class").contains("has-error"));
    assertTrue(
        byId("f-dateOfService-notes").getText().contains("required"),
        byId("f-dateOfService-notes").getText());
    screenshot("3-bad-request-field-errors");
  }

  @Test
  void aClaimOfAYearWithoutItsConversionFactorSaysItIsNotEstimated() throws Exception {
    open("check");
    validateSample("MEDICARE");
    setValue(byId("f-dateOfService"), "2027-01-12");
    setValue(byId("f-submissionDate"), "2027-01-15");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-amount")));
    assertEquals("not estimated", byId("payment-amount").getText());
    assertTrue(
        byId("payment-note").getText().contains("No CY2027"), byId("payment-note").getText());
    assertFalse(
        driver
            .findElements(By.cssSelector("li.finding[data-code='COV-PAYMENT-NOT-ESTIMATED']"))
            .isEmpty(),
        "the INFO finding says why");
    assertTrue(
        driver.findElements(By.id("result-data-banner")).isEmpty(),
        "FY2027 is loaded: the diagnoses were checked in force");
    screenshot("2b-not-estimated");
    // Past FY2027 (the last ICD-10-CM loaded): the result says it was checked outside the data.
    setValue(byId("f-dateOfService"), "2027-11-10");
    setValue(byId("f-submissionDate"), "2027-11-12");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("result-data-banner")));
    assertTrue(
        byId("result-data-banner").getText().contains("Checked outside the loaded reference data"),
        byId("result-data-banner").getText());
  }

  /**
   * The banner under the header, from the stack's coveredThrough: the shipped ICD-10-CM ends on
   * 2027-09-30, so the console's own banner code is run here on chosen days (today's banner depends
   * on the day the test runs): nothing long before, a warning within 30 days, and after the end the
   * fallback said; never the open-ended modifier table.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-05|",
        "2027-09-10|ICD-10-CM is loaded only through 2027-09-30, within 30 days: load the next"
            + " version.",
        "2027-11-03|ICD-10-CM is loaded only through 2027-09-30: claims after it are checked against"
            + " that version, at WARNING, until the next one is loaded.",
      })
  void aTableRunningOutIsAnnouncedAtTheTop(String day, String expected) throws Exception {
    open("rules");
    Object banner =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const box = document.createElement('div'); box.hidden = true;"
                    + "import('./js/reference.js')"
                    + ".then((m) => m.dataBanner(box, new Date(arguments[0] + 'T12:00:00Z')))"
                    + ".then(() => done(box.hidden ? '' : box.textContent), (e) => done('error '"
                    + " + e));",
                day);
    assertEquals(expected == null ? "" : expected, banner);
  }

  @Test
  void aBatchUploadEndsWithItsSummaryAndCharts() throws Exception {
    open("batches");
    Path file = NodeTools.ROOT.resolve("events/bulk/claims.ndjson");
    byId("batch-file").sendKeys(file.toString());
    byId("batch-upload").click();
    waitUp(90)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-outcomes rect")));
    assertTrue(byId("batch-state").getText().startsWith("Done"), byId("batch-state").getText());
    assertEquals("100", byId("batch-progress").getAttribute("value"));
    long lines = Files.readString(file).lines().filter(l -> !l.isBlank()).count();
    assertTrue(
        byId("batch-counts").getText().contains("records " + lines),
        byId("batch-counts").getText());
    assertTrue(
        driver.findElements(By.cssSelector("#chart-findings rect")).size() > 0,
        "the findings chart is drawn");
    assertTrue(byId("results-download").getAttribute("href").contains(".results.jsonl"));
    screenshot("4-batch-summary-chart");
  }

  @Test
  void anX12BatchShowsThe999VerdictAndOffersBothAcknowledgments() throws Exception {
    open("batches");
    byId("batch-file").sendKeys(NodeTools.ROOT.resolve("events/bulk/claims.837").toString());
    byId("batch-upload").click();
    waitUp(90).until(ExpectedConditions.presenceOfElementLocated(By.id("batch-999")));
    assertEquals(
        "Done: 3 records, 2 validated.", byId("batch-state").getText(), "two claims of 01940");
    var row = driver.findElements(By.cssSelector("#batch-999 tbody tr"));
    assertEquals(1, row.size());
    assertTrue(row.get(0).getText().contains("accepted"), row.get(0).getText());
    assertTrue(byId("ack-999-download").getAttribute("href").contains(".999.x12"));
    assertTrue(byId("ack-277ca-download").getAttribute("href").contains(".277ca.x12"));
    assertEquals(
        List.of(),
        axe(Files.readString(NodeTools.MODULES.resolve("axe-core/axe.min.js")), "x12 batch"));
    screenshot("4b-batch-x12-acknowledgments");
  }

  @Test
  void aFileWithNothingReadableSaysSoPlainly() throws Exception {
    open("batches");
    Path junk = Files.createTempFile("junk", ".837");
    Files.writeString(junk, "this is not X12 at all");
    byId("batch-file").sendKeys(junk.toString());
    byId("batch-upload").click();
    waitUp(90)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-state"), "Done"));
    assertTrue(
        byId("batch-state").getText().startsWith("Done: nothing in the file could be read"),
        byId("batch-state").getText());
  }

  @Test
  void payersPoliciesAndRulesAreBrowsable() throws Exception {
    open("payers");
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("payer-table")));
    List<String> payers = new ArrayList<>();
    driver
        .findElements(By.cssSelector("#payer-table tbody th"))
        .forEach(th -> payers.add(th.getText()));
    // Other test classes on this stack add payers of their own; the five seeded ones are all here.
    assertTrue(
        payers.containsAll(List.of("AETNA", "BCBS", "CIGNA", "MEDICARE", "UHC")),
        payers.toString());
    showPolicy("CIGNA");
    String policy = byId("policy-table").getText();
    assertTrue(
        policy.contains("facetLevelLimitPerSide")
            && policy.contains("unverified")
            && policy.contains("eviCore"),
        policy);
    // A staff token: the policy is read-only, and says why.
    assertTrue(byId("policy-read-only").getText().contains("policies.write"));
    assertEquals(List.of(), driver.findElements(By.id("policy-save")));
    assertEquals(List.of(), driver.findElements(By.cssSelector("#policy-table textarea")));
    screenshot("5-policy");
    open("rules");
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("rules-table")));
    byId("rule-search").sendKeys("MOD-PRICING");
    // The total is the catalogue's own size, not the page's figure compared with itself.
    waitUp(5)
        .until(
            ExpectedConditions.textToBe(
                By.id("rule-count"),
                "3 of " + com.claims01940.engine.RuleCatalog.describe().size() + " finding codes"));
    assertEquals(3, driver.findElements(By.cssSelector("#rules-table tbody tr")).size());
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("codesets-table")));
    assertEquals(12, driver.findElements(By.cssSelector("#codesets-table tbody tr")).size());
    assertTrue(
        byId("codesets-table").getText().contains("icd10cm FY2026"),
        byId("codesets-table").getText());
    screenshot("6-rules-search");
  }

  /** Shows a payer's policy on 2026-03-14 in the Payers view (already open) and waits for it. */
  static void showPolicy(String payer) {
    waitUp(20)
        .until(
            d ->
                d.findElements(By.cssSelector("#policy-payer option[value='" + payer + "']")).size()
                    == 1);
    new Select(byId("policy-payer")).selectByValue(payer);
    driver.findElement(By.cssSelector("#policy-form button")).click();
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("policy-table")));
    waitUp(20)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("policy-history-table")),
                ExpectedConditions.presenceOfElementLocated(By.id("policy-history-empty"))));
  }

  /** A payer of the test's own (a copy of Aetna's 2026 item), created through the API by a lead. */
  static void createPayer(String payer) throws Exception {
    PolicyEditIT.tokens();
    var r =
        PolicyEditIT.send(
            "PUT",
            "/v1/payers/" + payer + "/policies/2026-01-01",
            SharedStack.get().token(LocalAuth.Role.LEAD),
            PolicyEditIT.document(payer, "2026-01-01", false).toString(),
            null);
    assertEquals(201, r.statusCode(), r.body());
  }

  @Test
  void aLeadEditsAValueAndItsVerificationAndSeesTheHistory() throws Exception {
    createPayer("CONSOLEEDIT");
    open("payers", LocalAuth.Role.LEAD);
    showPolicy("CONSOLEEDIT");
    assertEquals("90", byId("param-timelyFilingDays-value").getAttribute("value"));
    setValue(byId("param-timelyFilingDays-value"), "120");
    byId("param-timelyFilingDays-verified").click();
    byId("policy-save").click();
    waitUp(20).until(ExpectedConditions.textToBe(By.id("policy-status"), "Saved: revision 2."));
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("policy-history-table")));
    String history = byId("policy-history-table").getText();
    assertTrue(history.contains("lead-user"), history);
    assertTrue(history.contains("timelyFilingDays: 90 (unverified) → 120 (verified)"), history);
    assertEquals("120", byId("param-timelyFilingDays-value").getAttribute("value"));
    screenshot("5b-policy-edited");
    String axe = Files.readString(NodeTools.MODULES.resolve("axe-core/axe.min.js"));
    assertEquals(List.of(), axe(axe, "policy editor"));
  }

  @Test
  void aSaveAfterSomeoneElsesIsRefusedAndTheirsReloadedWithAMessage() throws Exception {
    createPayer("CONSOLECONFLICT");
    open("payers", LocalAuth.Role.LEAD);
    showPolicy("CONSOLECONFLICT");
    var theirs = PolicyEditIT.document("CONSOLECONFLICT", "2026-01-01", false);
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            theirs.path("parameters").path("timelyFilingDays"))
        .put("value", 60);
    var r =
        PolicyEditIT.send(
            "PUT",
            "/v1/payers/CONSOLECONFLICT/policies/2026-01-01",
            SharedStack.get().token(LocalAuth.Role.LEAD),
            theirs.toString(),
            "\"1\"");
    assertEquals(200, r.statusCode(), r.body());
    setValue(byId("param-timelyFilingDays-value"), "30");
    byId("policy-save").click();
    waitUp(20)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("policy-status"), "Someone else saved this policy first"));
    assertEquals("60", byId("param-timelyFilingDays-value").getAttribute("value"));
    assertTrue(byId("policy-body").getText().contains("revision 2"));
    screenshot("5c-policy-conflict");
  }

  /**
   * axe-core over every view, with results and errors on screen: no serious or critical violation.
   */
  @Test
  void noSeriousOrCriticalAccessibilityViolations() throws Exception {
    String axe = Files.readString(NodeTools.MODULES.resolve("axe-core/axe.min.js"));
    List<String> violations = new ArrayList<>();
    open("check");
    validateSample("MEDICARE");
    setValue(byId("f-anesthesia-modifiers-1"), "47");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
    violations.addAll(axe(axe, "check with findings"));
    setValue(byId("f-dateOfService"), "");
    byId("validate").click();
    waitUp(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    violations.addAll(axe(axe, "check with a 400"));
    // Each view once what it loads has arrived (a fixed sleep would race a slow answer).
    Map<String, List<String>> loaded =
        Map.of(
            "batches", List.of("batch-form"),
            "payers", List.of("payer-table"),
            "rules", List.of("rules-table", "codesets-table"),
            "settings", List.of("settings-form"));
    for (String view : List.of("batches", "payers", "rules", "settings")) {
      open(view);
      for (String id : loaded.get(view)) {
        waitUp(20).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
      }
      violations.addAll(axe(axe, view));
    }
    assertEquals(List.of(), violations);
  }

  @SuppressWarnings("unchecked")
  static List<String> axe(String script, String view) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(script);
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                    + " ({id: v.id, impact: v.impact, nodes: v.nodes.length}))));");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
        out.add(
            view + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + " nodes)");
      }
    }
    return out;
  }
}
