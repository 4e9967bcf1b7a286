package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): citation cards, search hits, a library query, and untrusted article text that must
 * not run.
 */
@ExtendWith(BrowserRequirement.class)
class BrowserIT {

  static final File CHROMIUM = BrowserRequirement.CHROMIUM;
  static final File DRIVER = BrowserRequirement.DRIVER;

  @TempDir static Path tmp;
  static ClaimgraphServer server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (String f : List.of("003_effcb89402fbbc39.html", "004_073a1bba27b7e5aa.html")) {
      Files.copy(Path.of("..", "corpus", f), pages.resolve(f));
    }
    Files.writeString(pages.resolve("hostile.txt"), "Imports of magnets reached 777 tons in July <script>window.pwned=1</script>"
        + " <img src=x onerror=\"window.pwned=2\"> according to customs data.\n");
    server = ClaimgraphServer.start(tmp.resolve("store"), ServeSettings.defaults().withPort(0).withIngestRoots(List.of(tmp)));
    base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Content-Type", "application/json").header(IngestGuard.TOKEN_HEADER, ServerToken.read(tmp.resolve("store"))).POST(HttpRequest.BodyPublishers.ofString("[\"" + pages + "\"]")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1200,1000", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  private static WebDriverWait waitUp() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void citeShowsACardPerArticleWithTheSourceAndTheMarkedFigure() throws Exception {
    browser.get(base + "/");
    WebElement input = browser.findElement(By.id("cite-input"));
    input.clear();
    input.sendKeys("619 tons");
    browser.findElement(By.id("cite-button")).click();
    waitUp().until(d -> d.findElements(By.cssSelector("#cite-results .citation")).size() == 2);
    String cards = browser.findElement(By.id("cite-results")).getText();
    assertTrue(cards.contains("Credited to: a Platts analysis of customs data"), cards);
    assertTrue(cards.contains("Credited to: the General Administration of Customs"), cards);
    assertEquals("619 mt", browser.findElement(By.cssSelector("#cite-results .citation mark")).getText());
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    // The README's docs/screenshot.png is a copy of this one.
    Files.write(Path.of("target", "screenshot.png"), png);
  }

  @Test
  void searchHighlightsTheWords() {
    browser.get(base + "/");
    browser.findElement(By.id("search-input")).sendKeys("Germany");
    browser.findElement(By.id("search-button")).click();
    waitUp().until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
    assertEquals("Germany", browser.findElement(By.cssSelector("#search-results mark")).getText());
  }

  @Test
  void aLibraryQueryFillsTheResultsTable() {
    browser.get(base + "/");
    browser.findElement(By.id("run-query")).click();
    waitUp().until(d -> d.findElements(By.cssSelector("#sparql-results table tr")).size() > 1);
    assertEquals(4, browser.findElements(By.cssSelector("#sparql-results table tr")).size(), "a header and three articles");
  }

  @Test
  void untrustedArticleTextIsShownNotRun() {
    browser.get(base + "/");
    WebElement input = browser.findElement(By.id("cite-input"));
    input.clear();
    input.sendKeys("777 tons");
    browser.findElement(By.id("cite-button")).click();
    waitUp().until(d -> d.findElements(By.cssSelector("#cite-results .citation")).size() == 1);
    String text = browser.findElement(By.id("cite-results")).getText();
    assertTrue(text.contains("<script>window.pwned=1</script>"), text);
    assertTrue(browser.findElements(By.cssSelector("#cite-results script, #cite-results img")).isEmpty());
    assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;"));
  }

  @Test
  void aPageOfAnotherOriginCannotMakeTheServerIngest() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "The secret shipment was 4,242 tonnes of gallium in May 2025.\n");
    String body = "[\\\"" + secret + "\\\"]";
    // a page on another origin posts as a form would (text/plain, no preflight) and as JSON (preflighted)
    String attack = "<title>attack</title><script>"
        + "fetch('" + base + "/api/ingest',{method:'POST',mode:'no-cors',headers:{'Content-Type':'text/plain'},body:\"" + body + "\"})"
        + ".catch(()=>0).then(()=>fetch('" + base + "/api/ingest',{method:'POST',headers:{'Content-Type':'application/json'},"
        + "body:\"" + body + "\"})).catch(()=>0).then(()=>{document.title='sent'});</script>";
    // served from another origin of this machine (another port), as a page in another tab would be
    com.sun.net.httpserver.HttpServer evil = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page = attack.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    evil.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    evil.start();
    try {
      browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
      waitUp().until(d -> "sent".equals(d.getTitle()));
    } finally {
      evil.stop(0);
    }
    HttpResponse<String> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
        + java.net.URLEncoder.encode("ASK { ?a <https://claimgraph.org/ns#text> ?t FILTER(CONTAINS(?t, \"gallium\")) }",
            java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(stored.body().contains("false"), "the secret file was not ingested: " + stored.body());
  }
}
