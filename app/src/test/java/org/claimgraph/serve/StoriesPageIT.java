package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story view and the origin count of the citation cards (issue 13), on a Reuters story and
 * OE Digital's paraphrase of it that credits Reuters and mangles a number (dev set m-29, m-30):
 * through the API, and (with Chromium) on the page.
 */
class StoriesPageIT {

  @TempDir static Path tmp;
  static ClaimgraphServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (Path f : List.of(Path.of("..", "devset", "tune", "m-29-reuters.html"), Path.of("..", "devset", "heldout", "m-30-oedigital.html"))) {
      Assumptions.assumeTrue(Files.exists(f), f + " (the development set) is missing");
      Files.copy(f, pages.resolve(f.getFileName()));
    }
    server = ClaimgraphServer.start(tmp.resolve("store"), ServeSettings.defaults().withPort(0).withIngestRoots(List.of(tmp)));
    base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Content-Type", "application/json").header(IngestGuard.TOKEN_HEADER, ServerToken.read(tmp.resolve("store")))
        .POST(HttpRequest.BodyPublishers.ofString("[\"" + pages + "\"]")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  static JsonObject getJson(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return jakarta.json.Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void theStoryNamesTheOriginTheRewriteAndWhatItChanged() throws Exception {
    for (String path : List.of("/api/stories", "/api/stories?doc=m-30-oedigital")) {
      JsonArray stories = getJson(path).getJsonArray("stories");
      assertEquals(1, stories.size(), path + ": " + stories);
      JsonObject story = stories.getJsonObject(0);
      assertEquals("m-29-reuters", story.getString("origin"));
      JsonObject rewrite = story.getJsonArray("rewrites").getJsonObject(0);
      assertEquals("m-30-oedigital", rewrite.getString("doc"));
      assertEquals("credit", rewrite.getString("direction"));
      assertEquals("38.563.6", rewrite.getJsonArray("changed").getJsonObject(0).getString("quote"), rewrite.toString());
    }
    assertEquals(0, getJson("/api/stories?doc=no-such-doc").getJsonArray("stories").size());
  }

  @Test
  void everyCitationCardKnowsItsOriginAndTheFigureHasOneIndependentOrigin() throws Exception {
    JsonObject cite = getJson("/api/cite?figure=" + URLEncoder.encode("5,994.3 tons", StandardCharsets.UTF_8));
    assertEquals(2, cite.getInt("count"), cite.toString());
    assertEquals(1, cite.getInt("origin_count"), cite.toString());
    for (JsonObject c : cite.getJsonArray("citations").getValuesAs(JsonObject.class)) {
      assertEquals("m-29-reuters", c.getString("origin"), c.toString());
      assertTrue(c.containsKey("origin_label"), c.toString());
    }
  }

  @Test
  @ExtendWith(BrowserRequirement.class)
  void thePageShowsTheStoryAndTheOriginOnEachCard() throws Exception {
    File chromium = BrowserRequirement.CHROMIUM;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserRequirement.DRIVER)
        .usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(base + "/#view=stories");
      wait.until(d -> d.findElements(By.cssSelector("#stories-results .story")).size() == 1);
      String story = browser.findElement(By.id("stories-results")).getText();
      assertTrue(story.contains("Origin: m-29-reuters"), story);
      assertTrue(story.contains("m-30-oedigital restates m-29-reuters"), story);
      assertTrue(story.contains("Changed (value): \u201c38.563.6\u201d"), story);
      // The README's docs/workbench-stories.png is a copy of this one.
      byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(Path.of("target", "screenshots", "stories.png"), png);
      browser.get(base + "/#view=cite&figure=" + URLEncoder.encode("5,994.3 tons", StandardCharsets.UTF_8));
      wait.until(d -> d.findElements(By.cssSelector("#cite-results .citation .origins")).size() == 2);
      for (var origins : browser.findElements(By.cssSelector("#cite-results .citation .origins"))) {
        assertTrue(origins.getText().startsWith("1 independent origin"), origins.getText());
      }
      String status = browser.findElement(By.id("cite-status")).getText();
      assertTrue(status.contains("1 independent origin"), status);
    } finally {
      browser.quit();
    }
  }
}
