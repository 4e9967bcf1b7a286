package org.claimgraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.bench.SyntheticStore;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.relate.Implication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index answers exactly as the scan: on a generated 1,000-article store (rewrites, wrong values,
 * wrong months, parts and totals), the values of every third stated figure are cited both ways and the answers
 * (statements, corroborating, contradicting and implied figures, in order, and how many of each) must be equal.
 * One story is also carried word for word by {@value #COPIES} more outlets, so that its figures are
 * stated more often than a citation lists ({@link Citation#SHOWN}).
 */
class CitationIndexIT {

  @TempDir static Path tmp;
  static GraphStore store;
  static CitationFinder scan;

  @BeforeAll
  static void build() {
    store = GraphStore.open(tmp.resolve("store"));
    SyntheticArticles gen = new SyntheticArticles(7);
    SyntheticStore.write(store, null, gen, 0, 1000, 250);
    // A popular story: article 5 carried by COPIES more outlets (other ids and documents, the same text).
    List<org.claimgraph.analysis.ArticleAnalysis> copies = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) copies.add(copy(gen.article(5), i));
    org.claimgraph.graph.GraphMapper mapper = new org.claimgraph.graph.GraphMapper();
    org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
      var sink = org.apache.jena.riot.system.StreamRDFLib.dataset(store.dataset().asDatasetGraph());
      for (var a : copies) mapper.map(a, "copy-" + a.article().id(), sink);
    });
    scan = CitationFinder.of(store.dataset());
  }

  static final int COPIES = 30;

  static org.claimgraph.analysis.ArticleAnalysis copy(org.claimgraph.analysis.ArticleAnalysis a, int i) {
    var x = a.article();
    var article = new org.claimgraph.article.Article(String.format(java.util.Locale.ROOT, "c%015x", i), "copy_" + i + ".txt",
        x.title(), "Outlet " + i, x.authors(), x.date(), x.url(), x.language(), x.text(), x.paragraphs());
    return new org.claimgraph.analysis.ArticleAnalysis(article, a.entities(), a.figures(), a.tokens(), a.sentences());
  }

  /** The values of the story that COPIES more outlets carry: each stated by many articles. */
  static List<FigureQuery> storyValues() {
    return new SyntheticArticles(7).article(5).figures().stream()
        .map(f -> new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote())).toList();
  }

  @Test
  void aStoryCarriedByManyOutletsListsTheFirstRelatedAndCountsThemAll() {
    CitationIndex index = new CitationIndex(store.dataset());
    int capped = 0;
    for (FigureQuery q : storyValues()) {
      List<Citation> expected = scan.cite(q);
      assertEquals(expected, index.cite(q), "citations of " + q.text());
      for (Citation c : expected) {
        if (c.corroboratingCount() > Citation.SHOWN) {
          capped++;
          assertEquals(Citation.SHOWN, c.corroborating().size());
          assertTrue(c.corroboratingCount() >= COPIES, "every copy corroborates: " + c.corroboratingCount());
        }
      }
    }
    assertTrue(capped > COPIES, "the copies' figures are corroborated by more articles than a citation lists: " + capped);
  }

  @Test
  void aPageIsTheSliceOfTheWholeAnswerWithItsCountAndEveryStatementsArticle() {
    CitationIndex index = new CitationIndex(store.dataset());
    int paged = 0;
    for (FigureQuery q : storyValues()) {
      List<Citation> expected = scan.cite(q);
      for (int[] p : new int[][] {{0, 7}, {7, 7}, {expected.size() - 3, 10}, {expected.size() + 5, 10}, {0, 0}}) {
        CitationPage page = index.cite(q, p[0], p[1]);
        int from = Math.min(Math.max(0, p[0]), expected.size());
        assertEquals(expected.subList(from, Math.min(expected.size(), from + p[1])), page.citations(), q.text() + " " + p[0] + "+" + p[1]);
        assertEquals(expected.size(), page.count());
        assertEquals(from, page.offset());
        assertEquals(expected.stream().map(c -> Statement.of(c.figure())).toList(), page.statements(), "every statement, in citation order");
        for (Citation c : expected) {
          // as far as origins read an article: document name, publisher and date
          ArticleInfo a = page.articles().get(c.article().iri());
          assertEquals(List.of(c.article().doc(), String.valueOf(c.article().publisher()), String.valueOf(c.article().date())),
              List.of(a.doc(), String.valueOf(a.publisher()), String.valueOf(a.date())));
        }
        if (page.citations().size() < expected.size()) paged++;
      }
      assertEquals(org.claimgraph.story.OriginGroups.of(store.dataset(), expected),
          org.claimgraph.story.OriginGroups.of(store.dataset(), index.cite(q, 0, 1).statements(), index.cite(q, 0, 1).articles()),
          "a page's origins are those of every statement");
    }
    assertTrue(paged > 10, "pages shorter than the answer: " + paged);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void indexedCiteAnswersAsTheScanForEveryStatedValue() {
    List<FigureRecord> all = StoredFigures.all(store.dataset());
    assertTrue(all.size() > 3000, "the generated store holds figures: " + all.size());
    // Every third stated value (about 1,000 of them): the scan is slow, that is the point.
    Set<String> queries = new LinkedHashSet<>();
    for (int i = 0; i < all.size(); i += 3) queries.add(all.get(i).value() + "|" + all.get(i).unit());
    CitationIndex index = new CitationIndex(store.dataset());
    int related = 0;
    int implied = 0;
    List<String> differing = new ArrayList<>();
    for (String key : queries) {
      String[] p = key.split("\\|");
      FigureQuery q = new FigureQuery(Double.parseDouble(p[0]), p[1], key);
      List<Citation> expected = scan.cite(q);
      List<Citation> actual = index.cite(q);
      if (!expected.equals(actual)) differing.add(key);
      for (Citation c : expected) {
        related += c.corroborating().size() + c.contradicting().size();
        implied += c.implied().size();
      }
    }
    assertEquals(List.of(), differing, "values whose indexed citations differ from the scan's");
    assertTrue(related > 50, "the store has corroborating and contradicting figures: " + related);
    assertTrue(implied > 50, "the store has implied figures: " + implied);
  }

  @Test
  void theFiguresIndexAnswersAsTheStore() {
    // The figures index of this store, rebuilt from it (as reindex --figures does); its answers are the store's.
    List<FigureRecord> all = StoredFigures.all(store.dataset());
    Set<String> queries = new LinkedHashSet<>();
    for (int i = 0; i < all.size(); i += 3) queries.add(all.get(i).value() + "|" + all.get(i).unit());
    for (FigureQuery q : storyValues()) queries.add(q.value() + "|" + q.unit());
    CitationIndex fromStore = new CitationIndex(store.dataset());
    List<String> differing = new ArrayList<>();
    try (org.claimgraph.search.SourceIndex index = org.claimgraph.search.SourceIndex.open(store.dir())) {
      org.claimgraph.ingest.IndexSync.rebuildFigures(store, index, (done, n) -> {});
      try (var rows = index.figures().lookup()) {
        assertTrue(rows != null, "the figures index is complete");
        CitationIndex fromRows = new CitationIndex(store.dataset(), rows);
        for (String key : queries) {
          String[] p = key.split("\\|");
          FigureQuery q = new FigureQuery(Double.parseDouble(p[0]), p[1], key);
          if (!fromStore.cite(q, 0, Integer.MAX_VALUE).equals(fromRows.cite(q, 0, Integer.MAX_VALUE))
              || !fromStore.cite(q, 0, 5).equals(fromRows.cite(q, 0, 5))) {
            differing.add(key);
          }
        }
      }
    }
    assertEquals(List.of(), differing, "values whose citations from the figures index differ from the store's");
  }

  @Test
  void impliedLevelsStoredAtIngestAreThoseTheScanComputes() {
    // What the scan computes over every stored figure (previous levels: a level and its change in one article) ...
    java.util.Map<String, double[]> expected = new java.util.TreeMap<>();
    for (Implication i : scan.implications()) {
      if (i.rule().equals("sum of parts")) continue;
      expected.put(key(i.rule(), i.unit(), i.period(), i.inputs().stream().map(f -> f.article() + " " + f.start() + "-" + f.end()).toList()),
          new double[] {i.value(), i.low(), i.high()});
    }
    // ... is what ingest wrote into the articles' graphs (values as stored decimals, to 12 significant digits).
    java.util.Map<String, double[]> stored = new java.util.TreeMap<>();
    String q = "PREFIX cg: <https://claimgraph.org/ns#> SELECT ?g ?i ?rule ?v ?lo ?hi ?unit ?period "
        + "(GROUP_CONCAT(STR(?by); separator=' ') AS ?bys) WHERE { GRAPH ?g { ?i a cg:ImpliedFigure ; cg:rule ?rule ;"
        + " cg:impliedValue ?v ; cg:valueLow ?lo ; cg:valueHigh ?hi ; cg:impliedUnit ?unit ; cg:impliedBy ?by ."
        + " OPTIONAL { ?i cg:impliedPeriod ?period } } } GROUP BY ?g ?i ?rule ?v ?lo ?hi ?unit ?period";
    org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
      try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(q).build()) {
        qe.execSelect().forEachRemaining(s -> {
          String g = s.getResource("g").getURI();
          String iri = s.getResource("i").getURI();
          List<String> inputs = new ArrayList<>();
          for (String by : s.getLiteral("bys").getString().split(" ")) inputs.add(g + " " + by.substring(by.lastIndexOf('/') + 1));
          // The scan lists the level first: the implied figure's IRI is the level's, then "/implied/…".
          inputs.sort(java.util.Comparator.comparing((String x) -> !iri.contains("/" + x.substring(x.indexOf(' ') + 1) + "/implied/")));
          stored.put(key(s.getLiteral("rule").getString(), s.getLiteral("unit").getString(),
              s.contains("period") ? s.getLiteral("period").getString() : null, inputs),
              new double[] {s.getLiteral("v").getDouble(), s.getLiteral("lo").getDouble(), s.getLiteral("hi").getDouble()});
        });
      }
    });
    assertTrue(expected.size() > 50, "the generated store has implied levels: " + expected.size());
    assertEquals(expected.keySet(), stored.keySet(), "implied levels stored at ingest against the scan's");
    List<String> differing = new ArrayList<>();
    for (var e : expected.entrySet()) {
      double[] want = e.getValue();
      double[] got = stored.get(e.getKey());
      for (int k = 0; k < 3; k++) {
        if (Math.abs(want[k] - got[k]) > 1e-9 * Math.max(1, Math.abs(want[k]))) differing.add(e.getKey());
      }
    }
    assertEquals(List.of(), differing, "implied values, low and high ends stored against the scan's");
  }

  private static String key(String rule, String unit, String period, List<String> inputs) {
    return rule + "|" + unit + "|" + period + "|" + inputs;
  }

  @Test
  void aValueInAnotherPeriodIsNeverAContradiction() {
    // Issue 10: figures of different periods never contradict; a rewrite that moves a month is a
    // misstatement of its story (issue 13), not a contradiction of the month's real level.
    long contradictions = 0;
    CitationIndex index = new CitationIndex(store.dataset());
    for (FigureRecord f : StoredFigures.all(store.dataset()).subList(0, 400)) {
      for (Citation c : index.cite(new FigureQuery(f.value(), f.unit(), f.quote()))) {
        contradictions += c.contradicting().size();
        for (var r : c.contradicting()) {
          assertEquals(c.figure().period(), r.figure().period(), "a contradiction across periods: " + r);
          assertEquals(c.figure().place(), r.figure().place(), "a contradiction across places: " + r);
        }
      }
    }
    assertTrue(contradictions > 0, "the generated store has contradicting figures of one period");
  }
}
