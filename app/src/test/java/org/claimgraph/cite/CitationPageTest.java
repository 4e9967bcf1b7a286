package org.claimgraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of an answer computed in full (the scan's): its slice, however far the offset and limit reach. */
class CitationPageTest {

  static List<Citation> citations(int n) {
    List<Citation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FigureRecord f = CitationFinderTest.fig("d" + i, 10, "619 t", 619, "tonne", "amount", null, null, "2025-07",
          "rare earth magnet exports", CitationFinderTest.CN_US, "Exports were 619 t in July.");
      out.add(CitationFinder.citation(f, List.of(f), java.util.Map.of(), List.of()));
    }
    return out;
  }

  @Test
  void aPageIsASliceWithTheCountOfAll() {
    List<Citation> all = citations(5);
    CitationPage p = CitationPage.of(all, 1, 2);
    assertEquals(all.subList(1, 3), p.citations());
    assertEquals(5, p.count());
    assertEquals(1, p.offset());
    assertEquals(all.stream().map(c -> Statement.of(c.figure())).toList(), p.statements());
    assertEquals(all.subList(3, 5), CitationPage.of(all, 3, Integer.MAX_VALUE).citations(), "no overflow past the end");
    assertEquals(List.of(), CitationPage.of(all, 9, 2).citations());
    assertEquals(5, CitationPage.of(all, 9, 2).offset(), "an offset past the end is the end");
    assertEquals(List.of(), CitationPage.of(all, 0, 0).citations());
    ArticleInfo a = all.get(0).article();
    assertEquals(a, CitationPage.of(all, 4, 1).articles().get(a.iri()), "every statement's article, not only the page's");
  }

  @TempDir java.nio.file.Path tmp;

  @Test
  void aStatementWhoseArticleHasNoMetadataKeepsItsArticleAsItsCitationNamesIt() {
    try (var store = org.claimgraph.graph.GraphStore.open(tmp.resolve("store"))) {
      var gen = new org.claimgraph.bench.SyntheticArticles(42);
      org.claimgraph.bench.SyntheticStore.write(store, null, gen, 0, 3, 3);
      var a = gen.article(0);
      var g = org.apache.jena.graph.NodeFactory.createURI(org.claimgraph.graph.Iris.article(a.article().id()));
      // without its type the graph's article metadata is not read (FigureReader.article), its figures still are
      org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().delete(g, g,
          org.apache.jena.vocabulary.RDF.type.asNode(), org.claimgraph.graph.CG.Article.asNode()));
      var f = a.figures().get(0);
      FigureQuery q = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
      CitationPage page = new CitationIndex(store.dataset()).cite(q, 0, 100);
      Citation c = page.citations().stream().filter(x -> x.article().iri().equals(g.getURI())).findFirst().orElseThrow();
      assertEquals(null, c.article().date());
      assertEquals(c.article(), page.articles().get(g.getURI()));
    }
  }

  @Test
  void aFigureStoredIncompleteIsLeftOutOfItsPageNotAFailure() {
    try (var store = org.claimgraph.graph.GraphStore.open(tmp.resolve("damaged"))) {
      var gen = new org.claimgraph.bench.SyntheticArticles(42);
      org.claimgraph.bench.SyntheticStore.write(store, null, gen, 0, 3, 3);
      var f = gen.article(0).figures().get(0);
      FigureQuery q = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
      CitationPage before = new CitationIndex(store.dataset()).cite(q, 0, 100);
      Citation first = before.citations().get(0);
      // damage the store: the first citation's figure loses its quote (what no ingest writes)
      var g = org.apache.jena.graph.NodeFactory.createURI(first.article().iri());
      var fig = org.apache.jena.graph.NodeFactory.createURI(before.statements().get(0).iri());
      org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(g, fig,
          org.claimgraph.graph.CG.quote.asNode(), org.apache.jena.graph.Node.ANY));
      CitationPage after = new CitationIndex(store.dataset()).cite(q, 0, 100);
      assertEquals(before.citations().subList(1, before.citations().size()).stream().map(c -> c.figure().quote() + "@" + c.article().iri()).toList(),
          after.citations().stream().map(c -> c.figure().quote() + "@" + c.article().iri()).toList());
    }
  }

  @Test
  void statementsAreOrderedByTheirArticlesDatesAsStoredNow() {
    try (var store = org.claimgraph.graph.GraphStore.open(tmp.resolve("dated"))) {
      var gen = new org.claimgraph.bench.SyntheticArticles(7);
      org.claimgraph.bench.SyntheticStore.write(store, null, gen, 0, 60, 60);
      // the value of the first articles stated by the most articles
      FigureQuery q = null;
      CitationPage before = null;
      for (int i = 0; i < 10; i++) {
        for (var f : gen.article(i).figures()) {
          FigureQuery x = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
          CitationPage p = new CitationIndex(store.dataset()).cite(x, 0, 3);
          if (before == null || p.count() > before.count()) {
            q = x;
            before = p;
          }
        }
      }
      org.junit.jupiter.api.Assertions.assertTrue(before.count() > 3, "a value stated by several articles: " + before.count());
      // the last statement's article re-dated to the earliest date: read as far as order needs, it now comes first
      String last = before.statements().get(before.count() - 1).article();
      var g = org.apache.jena.graph.NodeFactory.createURI(last);
      var date = org.claimgraph.graph.Vocab.datePublished.asNode();
      org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
        var dsg = store.dataset().asDatasetGraph();
        dsg.deleteAny(g, g, date, org.apache.jena.graph.Node.ANY);
        dsg.add(g, g, date, org.apache.jena.graph.NodeFactory.createLiteralByValue("1999-01-01",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
      });
      CitationPage after = new CitationIndex(store.dataset()).cite(q, 0, 3);
      assertEquals(last, after.statements().get(0).article());
      assertEquals(last, after.citations().get(0).article().iri());
      assertEquals(before.count(), after.count());
      // and the page is the slice of the scan's whole answer, statement for statement
      List<Citation> all = CitationFinder.of(store.dataset()).cite(q);
      assertEquals(all.subList(0, 3), after.citations());
      assertEquals(all.stream().map(c -> Statement.of(c.figure())).toList(), after.statements());
    }
  }

  /**
   * A statement takes the sums of parts found for its own document among its group's candidates (its neighbours read
   * as far as the rule needs, the sums' figures then in full): the same citations as the scan's, for every value
   * that takes part in a sum, in a store where totals and their parts are restated by several articles.
   */
  @Test
  void sumsOfRestatedTotalsAreTheScansWithTheirFiguresInFull() {
    try (var store = org.claimgraph.graph.GraphStore.open(tmp.resolve("sums"))) {
      var gen = new org.claimgraph.bench.SyntheticArticles(42);
      org.claimgraph.bench.SyntheticStore.write(store, null, gen, 0, 100, 100);
      CitationFinder scanner = CitationFinder.of(store.dataset()); // reads the store and finds every implication once
      java.util.Set<String> asked = new java.util.HashSet<>();
      int withSums = 0;
      int restated = 0;
      for (int i = 0; i < 100; i++) {
        for (var f : gen.article(i).figures()) {
          FigureQuery q = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
          if (!asked.add(q.value() + " " + q.unit())) continue;
          List<Citation> scan = scanner.cite(q);
          boolean sums = scan.stream().anyMatch(c -> c.implied().stream().anyMatch(x -> x.rule().equals("sum of parts")));
          if (!sums) continue;
          withSums++;
          if (scan.size() > 1) restated++;
          List<Citation> index = new CitationIndex(store.dataset()).cite(q);
          assertEquals(scan, index, "citations of " + q.text());
          // the related figures and the sums' figures are read in full: their sentences are there
          for (Citation c : index) {
            c.contradicting().forEach(r -> org.junit.jupiter.api.Assertions.assertNotNull(r.figure().sentence()));
            c.corroborating().forEach(r -> org.junit.jupiter.api.Assertions.assertNotNull(r.figure().sentence()));
            c.implied().forEach(x -> x.stated().forEach(s -> org.junit.jupiter.api.Assertions.assertNotNull(s.sentence())));
          }
        }
      }
      org.junit.jupiter.api.Assertions.assertTrue(withSums > 5, "values taking part in sums: " + withSums);
      org.junit.jupiter.api.Assertions.assertTrue(restated > 2, "of them stated by several articles: " + restated);
    }
  }
}
