package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph query}: result forms and formats, errors with line and column, read-only. */
class QueryCommandIT {

  @TempDir static Path tmp;
  static String store;

  static final String PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX cg: <https://claimgraph.org/ns#>\n";

  @BeforeAll
  static void ingest() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (String name : new String[] {"wire-service.html", "wordpress-blog.html"}) {
      TestPages.copy(name, pages);
    }
    store = tmp.resolve("store").toString();
    assertEquals(0, CliRun.of("ingest", "--store", store, pages.toString()).status());
  }

  @Test
  void selectAsCsvOverTheUnionOfArticleGraphs() {
    CliRun run = CliRun.of("query", "--store", store, "--format", "csv", "-e",
        PREFIXES + "SELECT ?title ?date ?publisher { ?a a cg:Article ; schema:headline ?title ; schema:datePublished ?date ;"
            + " schema:publisher/schema:name ?publisher } ORDER BY ?date");
    assertEquals(0, run.status(), run.err());
    assertEquals("title,date,publisher\r\n"
        + "Antimony prices double as supply tightens,2025-03-04,Metals Notebook\r\n"
        + "China's gallium exports slump in September,2025-10-20,Example Wire\r\n", run.out());
  }

  @Test
  void selectAsTableJsonXmlAndTsv() {
    String q = PREFIXES + "SELECT ?name { ?p a cg:Author ; schema:name ?name } ORDER BY ?name";
    CliRun table = CliRun.of("query", "--store", store, "-e", q);
    assertTrue(table.out().contains("| \"Lewis Jackson\" |"), table.out());
    assertTrue(CliRun.of("query", "--store", store, "--format", "json", "-e", q).out()
        .contains("\"value\": \"Maria Gomez\""));
    assertTrue(CliRun.of("query", "--store", store, "--format", "xml", "-e", q).out()
        .contains("<literal>Siyi Liu</literal>"));
    assertEquals("?name\n\"Lewis Jackson\"\n\"Maria Gomez\"\n\"Siyi Liu\"\n",
        CliRun.of("query", "--store", store, "--format", "tsv", "-e", q).out());
  }

  @Test
  void namedGraphsHoldOneArticleEach() {
    CliRun run = CliRun.of("query", "--store", store, "--format", "csv", "-e",
        PREFIXES + "SELECT ?g (COUNT(DISTINCT ?a) AS ?articles) { GRAPH ?g { ?a a cg:Article } } GROUP BY ?g");
    assertEquals(3, run.out().lines().count(), run.out());
    assertTrue(run.out().lines().skip(1).allMatch(l -> l.endsWith(",1")), run.out());
  }

  @Test
  void askConstructAndDescribe() {
    assertEquals("yes\n", CliRun.of("query", "--store", store, "-e",
        PREFIXES + "ASK { ?a schema:author/schema:name \"Maria Gomez\" }").out());
    CliRun construct = CliRun.of("query", "--store", store, "-e",
        PREFIXES + "CONSTRUCT { ?a schema:headline ?t } WHERE { ?a schema:headline ?t }");
    assertTrue(construct.out().contains("\"Antimony prices double as supply tightens\""), construct.out());
    CliRun jsonld = CliRun.of("query", "--store", store, "--format", "json", "-e",
        PREFIXES + "DESCRIBE ?p WHERE { ?p schema:name \"Example Wire\" }");
    assertTrue(jsonld.out().contains("Example Wire"), jsonld.out());
    CliRun csvGraph = CliRun.of("query", "--store", store, "--format", "csv", "-e",
        PREFIXES + "CONSTRUCT { ?a schema:headline ?t } WHERE { ?a schema:headline ?t }");
    assertEquals(1, csvGraph.status());
    assertTrue(csvGraph.err().contains("CONSTRUCT and DESCRIBE return a graph"), csvGraph.err());
  }

  @Test
  void queryFromAFile() throws Exception {
    Path rq = Files.writeString(tmp.resolve("count.rq"), PREFIXES + "SELECT (COUNT(?a) AS ?n) { ?a a cg:Article }");
    assertEquals("n\r\n2\r\n", CliRun.of("query", "--store", store, "--format", "csv", rq.toString()).out());
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() throws Exception {
    CliRun run = CliRun.of("query", "--store", store, "-e", "SELECT ?x\nWHERE { ?x ?y }");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("-e: syntax error at line 2, column 15: Encountered "), run.err());
    Path rq = Files.writeString(tmp.resolve("bad.rq"), "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(\n}");
    CliRun file = CliRun.of("query", "--store", store, rq.toString());
    assertTrue(file.err().startsWith(rq + ": syntax error at line 4, column 1: "), file.err());
  }

  @Test
  void updatesAreRefused() {
    CliRun run = CliRun.of("query", "--store", store, "-e", "DROP ALL");
    assertEquals(1, run.status());
    assertEquals("-e: this is a SPARQL update; claimgraph query is read-only (the store changes only through ingest)",
        run.err().strip());
    assertEquals("n\r\n2\r\n", CliRun.of("query", "--store", store, "--format", "csv", "-e",
        PREFIXES + "SELECT (COUNT(?a) AS ?n) { ?a a cg:Article }").out());
  }

  @Test
  void badFormatAndMissingStoreAreClear() {
    CliRun format = CliRun.of("query", "--store", store, "--format", "yaml", "-e", "ASK {}");
    assertEquals(2, format.status());
    assertTrue(format.err().contains("unknown --format yaml"), format.err());
    String none = tmp.resolve("nothing-here").toString();
    CliRun missing = CliRun.of("query", "--store", none, "-e", "ASK {}");
    assertEquals(1, missing.status());
    assertEquals("claimgraph query: " + none + ": no store here yet; run ./claimgraph ingest --store " + none
        + " FILES first", missing.err().strip());
  }
}
