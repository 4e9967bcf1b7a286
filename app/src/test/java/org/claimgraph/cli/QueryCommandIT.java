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
    assertEquals(2, csvGraph.status(), "a format that does not fit the query form is a usage error");
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

  static final String CONSTRUCT = PREFIXES + "CONSTRUCT { ?a schema:headline ?t } { ?a a cg:Article ; schema:headline ?t }";

  @Test
  void constructAsTurtleNTriplesAndJsonLd() {
    CliRun turtle = CliRun.of("query", "--store", store, "--format", "turtle", "-e", CONSTRUCT);
    assertEquals(0, turtle.status(), turtle.err());
    assertTrue(turtle.out().contains("schema:headline") && turtle.out().contains("\"Antimony prices double as supply tightens\""), turtle.out());
    CliRun nt = CliRun.of("query", "--store", store, "--format", "ntriples", "-e", CONSTRUCT);
    assertEquals(0, nt.status(), nt.err());
    java.util.List<String> lines = nt.out().lines().toList();
    assertEquals(2, lines.size(), nt.out());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("<https://claimgraph.org/id/article/") && l.contains("<https://schema.org/headline>")
        && l.endsWith(" .")), nt.out());
    assertEquals(lines.stream().sorted().toList(), lines, "sorted, so that equal graphs print alike");
    CliRun jsonld = CliRun.of("query", "--store", store, "--format", "jsonld", "-e", CONSTRUCT);
    assertEquals(0, jsonld.status(), jsonld.err());
    assertTrue(jsonld.out().contains("\"@context\"") && jsonld.out().contains("China's gallium exports slump in September"), jsonld.out());
    CliRun describe = CliRun.of("query", "--store", store, "--format", "ntriples", "-e", PREFIXES
        + "DESCRIBE ?a { ?a a cg:Article ; schema:headline \"Antimony prices double as supply tightens\" }");
    assertEquals(0, describe.status(), describe.err());
    assertTrue(describe.out().contains("<https://schema.org/headline> \"Antimony prices double as supply tightens\""), describe.out());
  }

  @Test
  void aGraphFormatForResultsOrATableFormatForAGraphIsAUsageError() {
    CliRun select = CliRun.of("query", "--store", store, "--format", "turtle", "-e", PREFIXES + "SELECT ?a { ?a a cg:Article }");
    assertEquals(2, select.status());
    assertEquals("claimgraph query: SELECT returns results, not a graph: use --format table, csv, tsv, json or xml\n", select.err());
    CliRun csv = CliRun.of("query", "--store", store, "--format", "csv", "-e", CONSTRUCT);
    assertEquals(2, csv.status());
    assertTrue(csv.err().startsWith("claimgraph query: CONSTRUCT and DESCRIBE return a graph: use --format turtle"), csv.err());
    assertEquals("", csv.out());
  }
}
