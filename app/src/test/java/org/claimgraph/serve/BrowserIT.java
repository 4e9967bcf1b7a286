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
 * installs): every view (citation cards, figure browser, article, timeline, search, YASGUI with
 * the query library, pasted text), state in the URL, and untrusted article text that must not
 * run. The screenshots of the README ({@code docs/workbench-*.png}) are copies of the ones these
 * tests write to {@code target/screenshots/}.
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
    Files.copy(Path.of("src", "test", "resources", "workbench", "wire-e.txt"), pages.resolve("wire-e.txt"));
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
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  /** Whatever the page's Content-Security-Policy blocked (app.js records it). */
  static Object cspViolations() {
    return ((JavascriptExecutor) browser).executeScript("return window.cspViolations || [];");
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
    assertEquals("619 tons", new java.net.URI(browser.getCurrentUrl()).getFragment().replaceAll(".*figure=", "").replace('+', ' '),
        "the figure is in the URL");
    screenshot("cite");
  }

  /** Saves the window as target/screenshots/NAME.png (the README's docs/workbench-NAME.png). */
  static void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(Path.of("target", "screenshots", name + ".png"), png);
  }

  @Test
  void searchHighlightsTheWords() {
    browser.get(base + "/#view=search");
    browser.findElement(By.id("search-input")).sendKeys("Germany");
    browser.findElement(By.id("search-button")).click();
    waitUp().until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
    assertEquals("Germany", browser.findElement(By.cssSelector("#search-results mark")).getText());
  }

  @Test
  void yasguiRunsAQueryOfTheLibrary() throws Exception {
    browser.get(base + "/#view=sparql&query=01-figures-per-article");
    waitUp().until(d -> d.findElements(By.cssSelector("#examples option")).size() >= 13);
    waitUp().until(d -> d.findElement(By.cssSelector("#yasgui .CodeMirror")).getText().contains("Figures per article"));
    assertTrue(browser.findElement(By.id("example-answers")).getText().contains("headline"));
    browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
    waitUp().until(d -> d.findElements(By.cssSelector("#yasgui .yasr tbody tr")).size() >= 4);
    assertEquals(4, browser.findElements(By.cssSelector("#yasgui .yasr tbody tr")).size(), "one row per article");
    assertTrue(browser.findElement(By.cssSelector("#yasgui .yasr tbody")).getText().contains("004_073a1bba27b7e5aa"), "the table shows the rows");
    screenshot("sparql");
    assertEquals(List.of(), cspViolations(), "YASGUI runs under the page's CSP");
    // Another query of the library, chosen from the list, replaces the editor's text and the URL.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("examples"))).selectByValue("12-most-cited-sources");
    waitUp().until(d -> d.findElement(By.cssSelector("#yasgui .CodeMirror")).getText().contains("12") || d.getCurrentUrl().contains("12-most"));
    assertTrue(browser.getCurrentUrl().contains("query=12-most-cited-sources"), browser.getCurrentUrl());
  }

  @Test
  void theFigureBrowserFiltersByFacetsAndPages() throws Exception {
    browser.get(base + "/#view=figures&limit=5");
    waitUp().until(d -> d.findElement(By.id("figures-status")).getText().startsWith("1–5 of"));
    String total = browser.findElement(By.id("figures-status")).getText().replace("1–5 of ", "").replace(" figures", "");
    assertTrue(Integer.parseInt(total) > 20, total);
    assertEquals(6, browser.findElements(By.cssSelector("#figures-table tr")).size(), "a header and five figures");
    browser.findElement(By.id("figures-next")).click();
    waitUp().until(d -> d.findElement(By.id("figures-status")).getText().startsWith("6–10 of " + total));
    assertTrue(browser.getCurrentUrl().contains("offset=5"), browser.getCurrentUrl());
    browser.findElement(By.xpath("//div[@data-facet='place']//a[text()='US']")).click();
    waitUp().until(d -> d.getCurrentUrl().contains("place=US"));
    waitUp().until(d -> d.findElement(By.id("figures-status")).getText().startsWith("1–"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#figures-table tr"));
    assertTrue(rows.size() > 1);
    for (WebElement row : rows.subList(1, rows.size())) assertTrue(row.findElements(By.tagName("td")).get(6).getText().contains("US"));
    assertEquals(1, browser.findElements(By.cssSelector("#figures-filters .chip")).size());
    String csv = browser.findElement(By.cssSelector("#figures-downloads .download-csv")).getAttribute("href");
    assertTrue(csv.contains("place=US") && csv.contains("format=csv"), csv);
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.body().startsWith("doc,article,quote,"), r.body());
    browser.get(base + "/#view=figures&material=rare-earths");
    waitUp().until(d -> d.findElement(By.id("figures-status")).getText().startsWith("1–"));
    screenshot("figures");
  }

  @Test
  void anArticleHighlightsEveryFigureAndShowsItsAttributesOnClick() throws Exception {
    browser.get(base + "/#view=article&doc=004_073a1bba27b7e5aa");
    waitUp().until(d -> !d.findElements(By.cssSelector("#article-text mark.fig")).isEmpty());
    String count = browser.findElement(By.cssSelector(".article-count")).getText();
    assertEquals(count.replace(" figures highlighted", ""), String.valueOf(browser.findElements(By.cssSelector("#article-text mark.fig")).size()));
    WebElement mark = browser.findElements(By.cssSelector("#article-text mark.fig")).stream()
        .filter(m -> m.getText().equals("619 mt")).findFirst().orElseThrow();
    mark.click();
    String detail = browser.findElement(By.id("article-figure")).getText();
    assertTrue(detail.contains("a Platts analysis of customs data") && detail.contains("2025-07") && detail.contains("CN → US"), detail);
    screenshot("article");
    // A stored source URL is a link out.
    browser.get(base + "/#view=article&doc=wire-e");
    waitUp().until(d -> !d.findElements(By.cssSelector("#article-head .source-link a")).isEmpty());
    assertEquals("https://example.com/wire-e", browser.findElement(By.cssSelector("#article-head .source-link a")).getAttribute("href"));
  }

  @Test
  void theTimelineDrawsALinePerSourceAndRingsContradictions() throws Exception {
    browser.get(base + "/#view=chart&measure=rare+earth+magnet+exports&place=CN+US");
    waitUp().until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
    String legend = browser.findElement(By.cssSelector("#chart .u-legend")).getText();
    assertTrue(legend.contains("Trade Data Monitor") && legend.contains("a Platts analysis of customs data"), legend);
    List<WebElement> bad = browser.findElements(By.cssSelector("#chart-points tr.contradicted"));
    assertTrue(bad.stream().anyMatch(r -> r.getText().contains("640 tonnes")), "640 t against 619 t in July");
    assertTrue(browser.findElement(By.id("chart-status")).getText().contains("contradicted"));
    screenshot("timeline");
    assertEquals(List.of(), cspViolations(), "uPlot runs under the page's CSP");
  }

  @Test
  void pastedTextShowsItsFiguresWithoutStoringThem() throws Exception {
    browser.get(base + "/#view=extract");
    browser.findElement(By.id("extract-input")).sendKeys(
        "China exported 812 tonnes of rare earth magnets to the United States in August, customs data showed.");
    browser.findElement(By.id("extract-button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#extract-text mark.fig")).isEmpty());
    assertEquals("812 tonnes", browser.findElement(By.cssSelector("#extract-text mark.fig")).getText());
    assertTrue(browser.findElement(By.id("extract-figure")).getText().contains("customs data"));
    screenshot("extract");
  }

  @Test
  void searchHitsLeadToTheArticle() {
    browser.get(base + "/#view=search&q=Germany");
    waitUp().until(d -> !d.findElements(By.cssSelector("#search-results h3 a")).isEmpty());
    browser.findElement(By.cssSelector("#search-results h3 a")).click();
    waitUp().until(d -> !d.findElements(By.cssSelector("#article-text mark.fig")).isEmpty());
    assertTrue(browser.getCurrentUrl().contains("view=article&doc="), browser.getCurrentUrl());
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
    browser.get(base + "/#view=article&doc=hostile");
    waitUp().until(d -> !d.findElements(By.cssSelector("#article-text mark.fig")).isEmpty());
    assertTrue(browser.findElement(By.id("article-text")).getText().contains("<script>window.pwned=1</script>"));
    assertTrue(browser.findElements(By.cssSelector("#article-text script, #article-text img")).isEmpty());
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
