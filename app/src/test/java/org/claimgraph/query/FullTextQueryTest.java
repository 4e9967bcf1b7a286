package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.bench.SyntheticStore;
import org.claimgraph.service.Claimgraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * queries/13 reads the k best-scoring sentences (the limit of its {@code text:query}), not every
 * sentence that matches: its cost is bounded by k at any store size. Synthetic articles (no NLP)
 * through the real mapper and index.
 */
class FullTextQueryTest {

  @TempDir static Path tmp;
  static Claimgraph cg;
  static String query;

  @BeforeAll
  static void build() throws Exception {
    cg = Claimgraph.open(tmp.resolve("store"));
    SyntheticStore.write(cg.store(), cg.index(), new SyntheticArticles(42), 0, 120, 60);
    query = Files.readString(Path.of("..", "queries", "13-full-text-hits-with-figures.rq"));
  }

  @AfterAll
  static void close() {
    cg.close();
  }

  /** The distinct sentences (document and text) of an answer. */
  static long sentences(String rq) {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (var qe = org.apache.jena.query.QueryExecution.dataset(cg.sparqlDataset()).query(rq).build()) {
      org.apache.jena.system.Txn.executeRead(cg.sparqlDataset(), () -> qe.execSelect()
          .forEachRemaining(r -> out.add(r.getLiteral("doc").getString() + "|" + r.getLiteral("sentence").getString())));
    }
    return out.size();
  }

  @Test
  void readsItsLimitOfBestScoringSentencesOfManyMoreThatMatch() {
    assertTrue(query.contains("(oa:exact \"Germany\" 100)"), "the query states its limit: " + query);
    // The same query with a limit of 20 on a small store, for a word more sentences mention.
    String bounded = query.replace("\"Germany\" 100", "\"China\" 20");
    String unbounded = query.replace("\"Germany\" 100", "\"China\" 100000");
    long all = sentences(unbounded);
    assertTrue(all > 20, "more sentences match than the query reads: " + all);
    assertEquals(20, sentences(bounded));
  }

  @Test
  void theDefaultWordFindsItsSentencesWithTheirFigures() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cg.query(QueryRunner.parse(query, "13"), ResultFormat.CSV, out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("doc,title,sentence,quote,value,unit,period", lines.get(0));
    assertTrue(lines.size() > 1 && lines.stream().skip(1).allMatch(l -> l.contains("Germany")), String.join("\n", lines));
  }
}
