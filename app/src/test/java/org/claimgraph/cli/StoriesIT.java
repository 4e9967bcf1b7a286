package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServeSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restatements on the development set (issue 13): the dev set's articles ingested with the real
 * pipeline, the stories scored against {@code devset/stories-*.tsv} and {@code devset/misstatements.tsv},
 * per split, with thresholds just below what the rules reach (see BENCHMARKS.md), and the same
 * stories served by {@code /api/stories}.
 */
class StoriesIT {

  static final Path DEVSET = Path.of("..", "devset");
  static final Path STORE = Path.of("target", "it-stores", "devset-stories");
  static Map<String, double[]> scores = new HashMap<>();

  private static final Pattern LINE = Pattern.compile(
      "(\\w+)\\s+pairs P ([\\d.]+) R ([\\d.]+).*direction ([\\d.]+).*misstatements P ([\\d.]+) R ([\\d.]+).*");

  @BeforeAll
  static void ingestAndScore() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DEVSET.resolve("tune")) && Files.exists(DEVSET.resolve("misstatements.tsv")),
        "the development set with its story annotation is missing");
    if (Files.exists(STORE)) {
      try (Stream<Path> s = Files.walk(STORE)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    CliRun ingest = CliRun.of("ingest", "--store", STORE.toString(), DEVSET.resolve("tune").toString(), DEVSET.resolve("heldout").toString());
    assertEquals(0, ingest.status(), ingest.err());
    CliRun score = CliRun.of("stories", "--store", STORE.toString(), "--score", DEVSET.toString());
    assertEquals(0, score.status(), score.err());
    for (String line : score.out().lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        scores.put(m.group(1), new double[] {d(m, 2), d(m, 3), d(m, 4), d(m, 5), d(m, 6)});
      }
    }
    assertEquals(3, scores.size(), score.out());
  }

  private static double d(Matcher m, int g) {
    return Double.parseDouble(m.group(g));
  }

  @Test
  void restatementPairsAreFoundOnTuneAndHeldout() {
    for (String split : List.of("tune", "heldout")) {
      // Measured after the merge with the context and quantity rules (2026-12-02): tune P 0.90 R 0.82-1.00,
      // heldout P 0.88-1.00 R 1.00; the thresholds sit just below.
      assertTrue(scores.get(split)[0] >= 0.85, split + " pair precision " + scores.get(split)[0]);
      assertTrue(scores.get(split)[1] >= 0.80, split + " pair recall " + scores.get(split)[1]);
    }
  }

  @Test
  void directionIsRightForMostPairs() {
    assertTrue(scores.get("tune")[2] >= 0.75, "tune direction " + scores.get("tune")[2]);
    assertTrue(scores.get("heldout")[2] >= 0.95, "heldout direction " + scores.get("heldout")[2]);
  }

  @Test
  void misstatementsAreFound() {
    assertTrue(scores.get("all")[3] >= 0.55, "misstatement precision " + scores.get("all")[3]);
    assertTrue(scores.get("all")[4] >= 0.80, "misstatement recall " + scores.get("all")[4]);
    assertTrue(scores.get("heldout")[3] >= 0.80, "heldout misstatement precision " + scores.get("heldout")[3]);
    assertTrue(scores.get("heldout")[4] >= 0.70, "heldout misstatement recall " + scores.get("heldout")[4]);
  }

  @Test
  void theJsonViewAndTheApiAgree() throws Exception {
    CliRun json = CliRun.of("stories", "--store", STORE.toString(), "--format", "json");
    assertEquals(0, json.status(), json.err());
    JsonObject cli = Json.createReader(new StringReader(json.out())).readObject();
    assertTrue(cli.getJsonArray("stories").size() >= 6, json.out());
    JsonObject first = cli.getJsonArray("stories").getJsonObject(0);
    for (String key : List.of("origin", "origin_basis", "rewrites")) assertTrue(first.containsKey(key), key);
    try (ClaimgraphServer server = ClaimgraphServer.start(STORE, ServeSettings.defaults().withPort(0))) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/api/stories")).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), "hardening filter applies");
      assertEquals(cli, Json.createReader(new StringReader(r.body())).readObject());
    }
  }
}
