package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's API over HTTP on two ingested corpus articles: figures, article, series, extract, queries, and their 400s. */
class WorkbenchApiIT {

  @TempDir static Path tmp;
  static ClaimgraphServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (String f : List.of("003_effcb89402fbbc39.html", "004_073a1bba27b7e5aa.html")) {
      Files.copy(Path.of("..", "corpus", f), pages.resolve(f));
    }
    Files.copy(Path.of("src", "test", "resources", "workbench", "wire-e.txt"), pages.resolve("wire-e.txt"));
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

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> r) {
    return jakarta.json.Json.createReader(new StringReader(r.body())).readObject();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void figuresArePagedWithTheTotalAndFacets() throws Exception {
    JsonObject all = json(get("/api/figures?limit=5"));
    int total = all.getInt("total");
    assertTrue(total > 10, "figures of two articles: " + total);
    assertEquals(5, all.getJsonArray("figures").size());
    JsonObject second = json(get("/api/figures?limit=5&offset=5"));
    assertFalse(all.getJsonArray("figures").get(0).equals(second.getJsonArray("figures").get(0)));
    JsonArray docs = all.getJsonObject("facets").getJsonArray("doc");
    assertEquals(3, docs.size());
    JsonObject cn = json(get("/api/figures?place=CN&doc=004&limit=1000"));
    assertTrue(cn.getInt("total") > 0 && cn.getInt("total") < total, cn.getInt("total") + " of " + total);
    for (var f : cn.getJsonArray("figures")) {
      assertTrue(f.asJsonObject().getString("doc").startsWith("004"));
      assertTrue(f.asJsonObject().getJsonArray("place").toString().contains("\"CN\""));
    }
  }

  @Test
  void figuresDownloadAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = get("/api/figures?format=csv&doc=003");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("figures.csv"));
    String[] lines = csv.body().split("\r\n");
    assertTrue(lines[0].startsWith("doc,article,quote,"), lines[0]);
    JsonObject json = json(get("/api/figures?format=json&doc=003"));
    assertEquals(lines.length - 1, json.getInt("count"), "the same figures in both downloads");
  }

  @Test
  void badParametersAreA400WithAMessage() throws Exception {
    for (String path : List.of("/api/figures?limit=0", "/api/figures?offset=x", "/api/figures?format=xml", "/api/article",
        "/api/series", "/api/series?measure=x&kind=volume")) {
      HttpResponse<String> r = get(path);
      assertEquals(400, r.statusCode(), path + ": " + r.body());
      assertFalse(json(r).getString("error").isBlank(), path);
    }
    assertEquals(404, get("/api/article?doc=nothing").statusCode());
  }

  @Test
  void anArticleHasItsTextUrlAndFigureOffsets() throws Exception {
    assertEquals("https://example.com/wire-e", json(get("/api/article?doc=wire-e")).getJsonObject("article").getString("url"));
    JsonObject a = json(get("/api/article?doc=004_073a1bba27b7e5aa"));
    String text = a.getString("text");
    JsonArray figures = a.getJsonArray("figures");
    assertFalse(figures.isEmpty());
    for (var v : figures) {
      JsonObject f = v.asJsonObject();
      assertEquals(f.getString("quote"), text.substring(f.getInt("start"), f.getInt("end")), "offsets index the text");
    }
  }

  @Test
  void everyStoredArticleIsListed() throws Exception {
    JsonObject list = json(get("/api/articles"));
    assertEquals(3, list.getInt("count"));
    assertEquals(List.of("003_effcb89402fbbc39", "004_073a1bba27b7e5aa", "wire-e"), list.getJsonArray("articles").stream()
        .map(a -> a.asJsonObject().getString("doc")).toList());
    assertEquals("Example Wire", list.getJsonArray("articles").getJsonObject(2).getString("publisher"));
  }

  @Test
  void aSeriesHasOneLinePerSourceAndMarksContradictions() throws Exception {
    JsonObject route = json(get("/api/series?measure=" + q("rare earth magnet exports") + "&place=" + q("CN US")));
    assertEquals("tonne", route.getString("unit"), route.toString());
    assertTrue(route.getJsonArray("series").size() >= 2, route.toString());
    assertTrue(route.toString().contains("\"contradicted\":true"), "640 t vs 619 t in July: " + route);
    JsonObject s = json(get("/api/series?measure=" + q("rare earth magnet exports") + "&place=CN"));
    assertEquals("rare earth magnet exports", s.getString("measure"));
    JsonArray lines = s.getJsonArray("series");
    assertFalse(lines.isEmpty(), s.toString());
    for (var l : lines) {
      for (var p : l.asJsonObject().getJsonArray("points")) {
        assertEquals(List.of("CN"), p.asJsonObject().getJsonObject("figure").getJsonArray("place").getValuesAs(jakarta.json.JsonString.class)
            .stream().map(jakarta.json.JsonString::getString).toList());
      }
    }
  }

  @Test
  void pastedTextIsExtractedNotStored() throws Exception {
    int before = json(get("/api/figures?limit=1")).getInt("total");
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("China exported 812 tonnes of rare earth magnets to the United States in August, customs data showed.\n"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonArray figures = json(r).getJsonArray("figures");
    assertEquals(1, figures.size(), r.body());
    JsonObject f = figures.getJsonObject(0);
    assertEquals(f.getString("quote"), json(r).getString("text").substring(f.getInt("start"), f.getInt("end")));
    assertEquals(812, figures.getJsonObject(0).getInt("value"));
    assertEquals(before, json(get("/api/figures?limit=1")).getInt("total"), "nothing stored");
    HttpResponse<String> big = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract"))
        .POST(HttpRequest.BodyPublishers.ofString("7 tonnes. ".repeat(11_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, big.statusCode(), big.body());
    HttpResponse<String> empty = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract"))
        .POST(HttpRequest.BodyPublishers.ofString(" ")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, empty.statusCode(), empty.body());
    HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("Origin", "https://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("China exported 7 tonnes.")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, foreign.statusCode(), "a page of another site may not make this server extract: " + foreign.body());
  }

  @Test
  void theQueryLibraryIsServed() throws Exception {
    JsonArray qs = json(get("/api/queries")).getJsonArray("queries");
    assertTrue(qs.size() >= 13);
    assertEquals("01-figures-per-article", qs.getJsonObject(0).getString("name"));
    assertTrue(qs.getJsonObject(0).getString("text").contains("SELECT"));
  }
}
