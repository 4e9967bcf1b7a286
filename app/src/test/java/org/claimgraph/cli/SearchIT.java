package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.IngestService;
import org.claimgraph.search.SourceIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search of the corpus: syntax, highlighting, filters, SPARQL, and index and store in step. */
class SearchIT {

  static final Path CORPUS = Path.of("..", "corpus");
  @TempDir static Path tmp;
  static Path store;

  @BeforeAll
  static void ingest() {
    store = tmp.resolve("store");
    assertEquals(0, CliRun.of("ingest", "--store", store.toString(), CORPUS.toString()).status());
  }

  static JsonObject search(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "search";
    all[1] = "--store";
    all[2] = store.toString();
    all[3] = "--format";
    all[4] = "json";
    System.arraycopy(args, 0, all, 5, args.length);
    CliRun run = CliRun.of(all);
    assertEquals(0, run.status(), run.err());
    return Json.createReader(new StringReader(run.out())).readObject();
  }

  static List<String> docs(JsonObject result) {
    return result.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("doc").substring(0, 3)).sorted().toList();
  }

  @Test
  void samariumCobaltFindsTheArticleAboutSamariumCobaltMagnetsWithHighlights() {
    JsonObject r = search("samarium cobalt");
    assertEquals(List.of("001"), docs(r));
    String marked = r.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").getJsonObject(0).getString("marked");
    assertTrue(marked.contains("<mark>samarium</mark>-<mark>cobalt</mark>"), marked);
    CliRun table = CliRun.of("search", "--store", store.toString(), "samarium", "cobalt");
    assertTrue(table.out().startsWith("1 article match \"samarium cobalt\""), table.out());
    assertTrue(table.out().contains("**samarium**-**cobalt** magnets"), table.out());
  }

  @Test
  void booleanPhraseFieldAndNumberQueries() {
    assertEquals(List.of("003"), docs(search("magnets AND Germany")));
    assertEquals(List.of("001"), docs(search("samarium OR gallium")));
    assertEquals(List.of("001", "003", "004"), docs(search("magnets NOT NEV")).stream().filter(d -> !d.equals("002")).toList());
    assertEquals(List.of("002", "004"), docs(search("\"export licenses\"")));
    assertEquals(List.of("000"), docs(search("title:NEV")));
    assertEquals(List.of("003"), docs(search("\"5,577\"")));
    assertEquals(List.of("003", "004"), docs(search("75.5%")));
    assertEquals(List.of("001", "003"), docs(search("Germ*")), "Germany and German");
    JsonObject figures = search("\"5,577\"");
    assertEquals("5,577 metric tons", figures.getJsonArray("hits").getJsonObject(0).getJsonArray("snippets").getJsonObject(0)
        .getJsonArray("figures").getString(1));
  }

  @Test
  void filtersByPublisherDateAndCountry() {
    assertEquals(List.of("004"), docs(search("--publisher", "S&P Global Commodity Insights", "magnets")));
    assertEquals(List.of("001"), docs(search("--from", "2025-09-01", "rare")));
    assertEquals(List.of("004"), docs(search("--to", "2025-08-31", "rare")));
    assertEquals(List.of("001", "003"), docs(search("--country", "DE", "rare")));
  }

  @Test
  void aSyntaxErrorIsOneClearLine() {
    CliRun run = CliRun.of("search", "--store", store.toString(), "AND OR (");
    assertEquals(1, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("claimgraph search: cannot parse the search \"AND OR (\""), run.err());
  }

  @Test
  void fullTextInsideSparqlJoinsHitsWithFigures() {
    CliRun run = CliRun.of("query", "--store", store.toString(), "--format", "csv",
        Path.of("..", "queries", "13-full-text-hits-with-figures.rq").toString());
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("doc,title,sentence,quote,value,unit,period", lines.get(0));
    assertEquals(4, lines.size(), run.out());
    assertTrue(lines.get(1).contains("\"1,116 tons\",1116") && lines.get(1).endsWith("tonne,2025-07"), lines.get(1));
    assertTrue(lines.get(2).contains(",46%,46") && lines.get(2).endsWith("percent,2025-07"), lines.get(2));
    assertTrue(lines.get(3).startsWith("003_effcb89402fbbc39,") && lines.get(3).endsWith("Breakthroughs\",,,,"), lines.get(3));
  }

  @Test
  void indexAndStoreAgreeAfterReingestReplaceFailureAndReindex() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    Path page = Files.copy(CORPUS.resolve("003_effcb89402fbbc39.html"), dir.resolve("003_effcb89402fbbc39.html"));
    Files.copy(CORPUS.resolve("004_073a1bba27b7e5aa.html"), dir.resolve("004_073a1bba27b7e5aa.html"));
    Path s = tmp.resolve("agree");
    assertEquals(0, CliRun.of("ingest", "--store", s.toString(), dir.toString()).status());
    assertAgree(s, 2);
    assertEquals(0, CliRun.of("ingest", "--store", s.toString(), dir.toString()).status());
    assertAgree(s, 2);
    Files.writeString(page, Files.readString(page).replace("1,116 tons", "1,117 tons"));
    CliRun replaced = CliRun.of("ingest", "--store", s.toString(), dir.toString());
    assertTrue(replaced.out().contains("1 replaced"), replaced.out());
    assertAgree(s, 2);
    assertTrue(search(s, "\"1,117\"").contains("\"articles\":1") && search(s, "\"1,116\"").contains("\"articles\":0"));
    Files.write(dir.resolve("broken.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
    assertEquals(1, CliRun.of("ingest", "--store", s.toString(), dir.toString()).status());
    assertAgree(s, 2);
    CliRun reindex = CliRun.of("reindex", "--store", s.toString());
    assertTrue(reindex.out().startsWith("indexed 2 articles, "), reindex.out());
    assertAgree(s, 2);
  }

  @Test
  void anIngestThatFailsLeavesNoTraceInTheIndex() throws Exception {
    Path s = tmp.resolve("failing");
    GraphStore graphStore = GraphStore.open(s);
    SourceIndex index = SourceIndex.open(s);
    graphStore.close(); // every access to the store now fails
    IngestReport report = new IngestService(1).ingest(List.of(CORPUS.resolve("003_effcb89402fbbc39.html")), graphStore, index,
        IngestListener.NONE);
    index.close();
    assertEquals(1, report.failed(), report.files().toString());
    try (SourceIndex reopened = SourceIndex.open(s)) {
      assertEquals(0, reopened.count("article"));
      assertEquals(0, reopened.count("sentence"));
    }
  }

  @Test
  void aStagedIndexChangeIsInvisibleUntilCommittedAndGoneAfterRollback() {
    Path s = tmp.resolve("staged");
    var article = new org.claimgraph.search.IndexedArticle("https://claimgraph.org/id/article/x", "x", "x.html", "x", "T", null,
        List.of(), null, List.of("CN"), "China exported 619 t.", List.of(new org.claimgraph.search.IndexedArticle.Sentence(
            "https://claimgraph.org/id/article/x/sentence/0", 0, 0, 21, List.of("619 t"))));
    try (SourceIndex index = SourceIndex.open(s)) {
      index.prepare(article, List.of());
      assertEquals(0, index.count("article"), "prepared, not committed");
      index.rollback(); // what ingest does when the graph write fails
      assertEquals(0, index.count("article"));
      index.prepare(article, List.of());
      index.commit();
      assertEquals(1, index.count("article"));
      assertEquals(1, index.count("sentence"));
    }
  }

  private static String search(Path s, String query) {
    return CliRun.of("search", "--store", s.toString(), "--format", "json", query).out();
  }

  private static void assertAgree(Path s, int articles) {
    try (GraphStore g = GraphStore.openExisting(s)) {
      assertEquals(articles, g.graphNames().size());
    }
    try (SourceIndex index = SourceIndex.open(s)) {
      assertEquals(articles, index.count("article"));
      assertTrue(index.count("sentence") > 10 * articles);
    }
  }
}
