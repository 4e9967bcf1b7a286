package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's {@code /sparql} answers {@code text:query} as {@code claimgraph query} does, also for
 * an article ingested while it serves (ingest and jena-text share the service's one index writer).
 */
class ServeTextQueryIT {

  @TempDir Path tmp;

  @Test
  void textQueryOverSparqlSeesArticlesIngestedWhileServing() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.copy(Path.of("..", "corpus", "001_3c29b5818b6bc87b.html"), pages.resolve("001_3c29b5818b6bc87b.html"));
    HttpClient http = HttpClient.newHttpClient();
    try (ClaimgraphServer server = ClaimgraphServer.start(tmp.resolve("store"),
        ServeSettings.defaults().withPort(0).withIngestRoots(java.util.List.of(tmp)))) {
      String base = "http://127.0.0.1:" + server.port();
      String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX cg: <https://claimgraph.org/ns#>"
          + " SELECT ?doc { ?a text:query (cg:text \"samarium\") . ?a cg:docName ?doc }";
      String url = base + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
      HttpRequest get = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build();
      assertEquals("doc\r\n", http.send(get, HttpResponse.BodyHandlers.ofString()).body(), "an empty store has no hit");
      HttpResponse<String> ingest = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
          .header("Content-Type", "application/json").header(IngestGuard.TOKEN_HEADER, ServerToken.read(tmp.resolve("store")))
          .POST(HttpRequest.BodyPublishers.ofString("[\"" + pages + "\"]")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ingest.statusCode(), ingest.body());
      HttpResponse<String> hits = http.send(get, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, hits.statusCode(), hits.body());
      assertEquals("doc\r\n001_3c29b5818b6bc87b\r\n", hits.body());
      HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=samarium")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(search.body().contains("001_3c29b5818b6bc87b"), search.body());
    }
  }
}
