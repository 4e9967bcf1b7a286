package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP: SPARQL protocol, read-only, API, page, and ingest while serving. */
class ServeIT {

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
    server = ClaimgraphServer.start(tmp.resolve("store"), ServeSettings.defaults().withPort(0).withMaxResults(5)
        .withIngestRoots(List.of(tmp)));
    base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> r = ingest("[\"" + pages + "\"]");
    assertEquals(200, r.statusCode(), r.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String accept) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body, String type) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
        .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An ingest as the CLI sends it: JSON, with the token from the store folder. */
  static HttpResponse<String> ingest(String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Content-Type", "application/json")
        .header(IngestGuard.TOKEN_HEADER, ServerToken.read(tmp.resolve("store")))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A raw HTTP/1.1 exchange, for the headers Java's client will not send (Host) and methods it refuses (TRACE). */
  static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static final String COUNT = "SELECT (COUNT(?a) AS ?n) { ?a a <https://claimgraph.org/ns#Article> }";

  @Test
  void sparqlByGetAndPostWithContentNegotiationOverTheUnionOfArticles() throws Exception {
    HttpResponse<String> json = get("/sparql?query=" + q(COUNT), "application/sparql-results+json");
    assertEquals(200, json.statusCode());
    assertTrue(json.body().replace(" ", "").contains("\"value\":\"2\""), json.body());
    HttpResponse<String> csv = get("/sparql?query=" + q(COUNT), "text/csv");
    assertEquals("n\r\n2\r\n", csv.body());
    HttpResponse<String> xml = get("/sparql?query=" + q(COUNT), "application/sparql-results+xml");
    assertTrue(xml.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">2</literal>"), xml.body());
    HttpResponse<String> posted = post("/sparql", "query=" + q(COUNT), "application/x-www-form-urlencoded");
    assertEquals(200, posted.statusCode());
  }

  @Test
  void resultsAreCappedAtTheServersLimit() throws Exception {
    String all = "SELECT ?f WHERE { ?f a <https://claimgraph.org/ns#Figure> }";
    assertEquals(6, get("/sparql?query=" + q(all), "text/csv").body().lines().count(), "a header and the 5-row cap");
    assertEquals(3, get("/sparql?query=" + q(all + " LIMIT 2"), "text/csv").body().lines().count(), "a smaller LIMIT stays");
  }

  @Test
  void updatesAreRefused() throws Exception {
    HttpResponse<String> r = post("/sparql", "update=" + q("DROP ALL"), "application/x-www-form-urlencoded");
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    HttpResponse<String> direct = post("/sparql", "DROP ALL", "application/sparql-update");
    assertTrue(direct.statusCode() >= 400 && direct.statusCode() < 500, direct.statusCode() + " " + direct.body());
    assertTrue(get("/sparql?query=" + q(COUNT), "text/csv").body().endsWith("2\r\n"));
  }

  @Test
  void citeAndSearchAnswerAsTheCommandsDo() throws Exception {
    HttpResponse<String> cite = get("/api/cite?figure=" + q("619 mt"), "application/json");
    assertEquals(200, cite.statusCode());
    assertTrue(cite.body().contains("\"count\":2") && cite.body().contains("<mark>619 mt</mark>"), cite.body());
    HttpResponse<String> search = get("/api/search?q=" + q("Germany"), "application/json");
    assertTrue(search.body().contains("<mark>Germany</mark>"), search.body());
    assertEquals(400, get("/api/search?q=" + q("AND OR ("), "application/json").statusCode());
    assertEquals(400, get("/api/cite", "application/json").statusCode());
  }

  @Test
  void thePageIsServed() throws Exception {
    HttpResponse<String> page = get("/", "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"/app.js\""), page.body());
    assertEquals(200, get("/app.js", "*/*").statusCode());
  }

  @Test
  void queriesKeepAnsweringWhileAnIngestRuns() throws Exception {
    Path more = Files.createDirectories(tmp.resolve("more"));
    for (String f : List.of("000_6a500ce720541962.html", "001_3c29b5818b6bc87b.html", "002_1ee6e6480b7cc619.html")) {
      Files.copy(Path.of("..", "corpus", f), more.resolve(f));
    }
    CompletableFuture<HttpResponse<String>> ingest = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Content-Type", "application/json").header(IngestGuard.TOKEN_HEADER, ServerToken.read(tmp.resolve("store"))).POST(HttpRequest.BodyPublishers.ofString("[\"" + more + "\"]")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<Integer> statuses = new ArrayList<>();
    while (!ingest.isDone() && statuses.size() < 200) {
      statuses.add(get("/sparql?query=" + q(COUNT), "text/csv").statusCode());
      Thread.sleep(20);
    }
    HttpResponse<String> done = ingest.get();
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("3 new"), done.body());
    assertTrue(statuses.size() > 0 && statuses.stream().allMatch(s -> s == 200), statuses.toString());
    assertTrue(get("/sparql?query=" + q(COUNT), "text/csv").body().endsWith("5\r\n"));
  }

  @Test
  void aCrossSiteIngestIsRefused() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "The secret: 42 tonnes of lithium were shipped in May 2025.");
    String body = "[\"" + secret + "\"]";
    String token = ServerToken.read(tmp.resolve("store"));
    // the reproduction: a page on another site posting text/plain (no CORS preflight)
    HttpResponse<String> csrf = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Content-Type", "text/plain")
        .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, csrf.statusCode(), csrf.body());
    HttpResponse<String> otherOrigin = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Content-Type", "application/json")
        .header("Origin", "http://evil.example").header(IngestGuard.TOKEN_HEADER, token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, otherOrigin.statusCode(), otherOrigin.body());
    assertTrue(otherOrigin.body().contains("cross-site"), otherOrigin.body());
    HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Content-Type", "text/plain")
        .header(IngestGuard.TOKEN_HEADER, token).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(415, plain.statusCode(), plain.body());
    HttpResponse<String> noToken = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, noToken.statusCode(), noToken.body());
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host header still names it
    String rebound = raw("POST /api/ingest HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nContent-Type: application/json\r\n"
        + IngestGuard.TOKEN_HEADER + ": " + token + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nConnection: close\r\n\r\n" + body);
    assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
    String readBack = raw("GET /api/search?q=secret HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertTrue(readBack.startsWith("HTTP/1.1 421"), readBack);
    // a path outside the ingest roots, however it is spelled
    HttpResponse<String> outside = ingest("[\"/etc\"]");
    assertEquals(403, outside.statusCode(), outside.body());
    HttpResponse<String> dotdot = ingest("[\"" + tmp.resolve("..").resolve("..").resolve("etc") + "\"]");
    assertEquals(403, dotdot.statusCode(), dotdot.body());
    // a link inside a root that points out of it
    Path outsideDir = Files.createTempDirectory("claimgraph-outside");
    try {
      Path outsideFile = Files.writeString(outsideDir.resolve("secret.txt"), "The secret: 42 tonnes of lithium in May 2025.");
      Path linked = Files.createDirectories(tmp.resolve("linked"));
      Files.createSymbolicLink(linked.resolve("secret.txt"), outsideFile);
      HttpResponse<String> viaLink = ingest("[\"" + linked + "\"]");
      assertEquals(403, viaLink.statusCode(), viaLink.body());
      assertTrue(viaLink.body().contains("outside the ingest roots"), viaLink.body());
    } finally {
      try (var files = Files.walk(outsideDir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
      }
    }
    assertTrue(get("/sparql?query=" + q("ASK { GRAPH ?g { ?a <https://claimgraph.org/ns#text> ?t FILTER(CONTAINS(?t, \"secret\")) } }"),
        "text/csv").body().contains("false"), "nothing of the refused files was stored");
  }

  @Test
  void everyResponseCarriesSecurityHeadersAndTraceIsOff() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/search?q=Germany", "/api/cite?figure=619%20mt", "/sparql?query=" + q(COUNT), "/nothing")) {
      HttpResponse<String> r = get(path, "*/*");
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
    }
    for (String path : List.of("/", "/api/search", "/api/cite", "/api/ingest", "/sparql")) {
      String trace = raw("TRACE " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertTrue(trace.startsWith("HTTP/1.1 405"), path + ": " + trace);
    }
  }

  @Test
  void theServerSaysWhichStoreItServes() throws Exception {
    HttpResponse<String> r = get("/api/store", "application/json");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains(tmp.resolve("store").toRealPath().toString()), r.body());
  }
}
