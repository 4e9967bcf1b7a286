package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** A backtracking REGEX ends with the query's timeout instead of running for minutes. */
class QueryGuardsTest {

  static DatasetGraph data(String text) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.getDefaultGraph().add(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:text"), NodeFactory.createLiteralString(text));
    return dsg;
  }

  static long count(DatasetGraph dsg, String query) {
    try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
      RowSet rows = qe.select();
      long n = 0;
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
      return n;
    }
  }

  /** Polynomial backtracking of degree 9 that java.util.regex does not memoize: minutes on 60 characters. */
  static final String PATTERN = "(.*a){8}x";
  static final String CATASTROPHIC = "SELECT ?s { ?s <urn:text> ?t FILTER REGEX(?t, \"" + PATTERN + "\") }";

  @Test
  void aCatastrophicRegexStopsAtTheTimeout() {
    DatasetGraph dsg = data("a".repeat(60));
    dsg.getContext().set(ARQ.queryTimeout, "1000");
    QueryGuards.install(dsg.getContext(), 1000);
    long t0 = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(QueryCancelledException.class, () -> count(dsg, CATASTROPHIC)));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 5000, "took " + ms + " ms for a 1 s timeout");
  }

  @Test
  void aConstantCatastrophicRegexIsBoundedToo() {
    DatasetGraph dsg = data("x");
    QueryGuards.install(dsg.getContext(), 1000);
    String constant = "SELECT * { BIND(REGEX(\"" + "a".repeat(60) + "\", \"" + PATTERN + "\") AS ?m) }";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        count(dsg, constant);
      } catch (QueryCancelledException e) {
        // stopped: fine
      }
    });
  }

  @Test
  void ordinaryRegexesStillMatchAsSparqlSays() {
    DatasetGraph dsg = data("Rare Earth magnets");
    QueryGuards.install(dsg.getContext(), 1000);
    assertEquals(1, count(dsg, "SELECT ?s { ?s <urn:text> ?t FILTER REGEX(?t, \"earth\", \"i\") }"));
    assertEquals(0, count(dsg, "SELECT ?s { ?s <urn:text> ?t FILTER REGEX(?t, \"earth\") }"));
    assertEquals(1, count(dsg, "SELECT ?s { ?s <urn:text> ?t FILTER REGEX(?t, \"^Rare.*s$\") }"));
    assertEquals(0, count(dsg, "SELECT ?s { ?s <urn:text> ?t FILTER REGEX(?s, \"a\") }"), "an IRI is not a string: no match");
  }

  @Test
  void aCatastrophicReplaceStopsAtTheTimeoutToo() {
    DatasetGraph dsg = data("a".repeat(60));
    dsg.getContext().set(ARQ.queryTimeout, "1000");
    QueryGuards.install(dsg.getContext(), 1000);
    String replace = "SELECT ?r { ?s <urn:text> ?t BIND(REPLACE(?t, \"" + PATTERN + "\", \"\") AS ?r) }";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(QueryCancelledException.class, () -> count(dsg, replace)));
  }

  @Test
  void ordinaryReplacesGiveWhatSparqlSays() {
    DatasetGraph dsg = data("x");
    QueryGuards.install(dsg.getContext(), 1000);
    try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT ?a ?b ?c { BIND(REPLACE(\"Rare Earth\"@en, \"earth\", \"metal\", \"i\") AS ?a)"
        + " BIND(REPLACE(\"abcab\", \"(a)(b)\", \"$2$1\") AS ?b) BIND(REPLACE(\"none\", \"z\", \"y\") AS ?c) }").build()) {
      var row = qe.select().next();
      assertEquals(NodeFactory.createLiteralLang("Rare metal", "en"), row.get("a"));
      assertEquals(NodeFactory.createLiteralString("bacba"), row.get("b"));
      assertEquals(NodeFactory.createLiteralString("none"), row.get("c"));
    }
  }
}
