package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.bench.SyntheticStore;
import org.claimgraph.cite.CitationIndex;
import org.claimgraph.cite.CitationPage;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.Iris;
import org.claimgraph.ingest.IndexSync;
import org.claimgraph.service.Claimgraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures index is written with its articles: after each ingest, re-ingest, replacement and removal it holds
 * exactly what a rebuild from the store ({@code reindex}) gives, and cite answers from it as from the store alone.
 */
class FigureIndexTest {

  @TempDir Path tmp;

  @Test
  void ingestReingestReplaceAndRemoveKeepTheIndexEqualToARebuild() {
    Path dir = tmp.resolve("store");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph cg = written(dir, gen, 30)) {
      assertTrue(FigureIndex.complete(dir), "a new store's index starts complete");
      assertEqualToARebuild(cg, gen, "written");

      // the same file again, unchanged: nothing changes
      put(cg, gen.article(3));
      assertEqualToARebuild(cg, gen, "re-ingested unchanged");

      // the same file name with other content (another article id): the old article's rows go
      ArticleAnalysis other = new SyntheticArticles(43).article(3);
      assertEquals(gen.article(3).article().source(), other.article().source());
      put(cg, other);
      assertEqualToARebuild(cg, gen, "replaced");

      // a new article
      put(cg, gen.article(31));
      assertEqualToARebuild(cg, gen, "added");

      // a file taken out of the store: the index is repaired in step
      cg.store().removeSource(gen.article(5).article().source());
      IndexSync.repair(cg.store(), cg.index());
      assertEqualToARebuild(cg, gen, "removed");
    }
  }

  @Test
  void anArticleIndexedWithoutItsRowsLeavesTheIndexIncompleteUntilAReindex() {
    Path dir = tmp.resolve("stale");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph cg = written(dir, gen, 10)) {
      cg.index().prepare(IndexedArticles.of(gen.article(10)), List.of());
      cg.index().commit();
      assertTrue(!FigureIndex.complete(dir));
      assertNull(cg.index().figures().lookup(), "an incomplete index is not read");
      cg.reindex();
      assertTrue(FigureIndex.complete(dir));
      assertNotNull(cg.index().figures().lookup());
    }
  }

  @Test
  void aColdCiteAnswersFromTheIndexAloneAsFromTheStoreWithItsOrigins() {
    Path dir = tmp.resolve("cold");
    SyntheticArticles gen = new SyntheticArticles(42);
    List<List<Object>> fromStore = new java.util.ArrayList<>();
    List<FigureQuery> queries = new java.util.ArrayList<>();
    try (Claimgraph cg = written(dir, gen, 30)) {
      assertTrue(cg.relinkStories() > 0, "the articles restate one another");
      assertTrue(FigureIndex.complete(dir), "the links' articles' rows are written again");
      for (int i = 0; i < 8; i++) {
        for (var f : gen.article(i).figures()) {
          FigureQuery q = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
          CitationPage p = new CitationIndex(cg.store().dataset()).cite(q, 0, 5);
          queries.add(q);
          fromStore.add(List.of(p, org.claimgraph.story.OriginGroups.of(cg.store().dataset(), p.statements(), p.articles())));
        }
      }
    }
    List<List<Object>> fromIndex = new java.util.ArrayList<>();
    for (FigureQuery q : queries) {
      Claimgraph.Cited c = Claimgraph.citeFromFiguresIndex(dir, q, 0, 5);
      assertNotNull(c, q.text());
      fromIndex.add(List.of(c.page(), c.origins()));
    }
    assertEquals(fromStore, fromIndex);
    assertTrue(fromStore.stream().anyMatch(x -> ((List<?>) x.get(1)).stream()
        .anyMatch(g -> ((org.claimgraph.story.OriginGroups.Group) g).docs().size() > 1)), "some value has an origin with rewrites");
  }

  /** A new store of the first {@code n} synthetic articles, with its indexes. */
  static Claimgraph written(Path dir, SyntheticArticles gen, int n) {
    Claimgraph cg = Claimgraph.open(dir);
    SyntheticStore.write(cg.store(), cg.index(), gen, 0, n, 10);
    return cg;
  }

  /** Stages and stores one article as ingest does (IngestService.store), rows from the quads the store is given. */
  static void put(Claimgraph cg, ArticleAnalysis a) {
    GraphMapper mapper = new GraphMapper();
    String fp = Integer.toHexString(a.article().text().hashCode());
    String id = a.article().id();
    var rows = FigureRows.written(Iris.article(id), sink -> mapper.map(a, fp, sink));
    cg.index().prepare(IndexedArticles.of(a), List.of(a.article().source()), fp, rows);
    var o = cg.store().put(id, a.article().source(), fp, sink -> mapper.map(a, fp, sink));
    if (o == org.claimgraph.graph.Outcome.UNCHANGED || o == org.claimgraph.graph.Outcome.DUPLICATE) {
      cg.index().rollback();
    } else {
      cg.index().commit();
    }
  }

  static void assertEqualToARebuild(Claimgraph cg, SyntheticArticles gen, String after) {
    List<String> kept;
    try (var l = cg.index().figures().lookup()) {
      assertNotNull(l, after + ": the index is complete");
      kept = l.snapshot();
    }
    List<List<Object>> answers = answers(cg, gen, true);
    assertEquals(answers(cg, gen, false), answers, after + ": cite answers from the index as from the store");
    cg.reindex();
    try (var l = cg.index().figures().lookup()) {
      assertEquals(kept, l.snapshot(), after + ": the index equals a rebuild");
    }
  }

  /** Pages of 5 for values of the first articles, read with the figures index or without. */
  private static List<List<Object>> answers(Claimgraph cg, SyntheticArticles gen, boolean indexed) {
    List<List<Object>> out = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      for (var f : gen.article(i).figures()) {
        FigureQuery q = new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote());
        CitationPage p;
        if (indexed) {
          try (var l = cg.index().figures().lookup()) {
            p = new CitationIndex(cg.store().dataset(), l).cite(q, 0, 5);
          }
        } else {
          p = new CitationIndex(cg.store().dataset()).cite(q, 0, 5);
        }
        out.add(List.of(q.text(), p));
      }
    }
    return out;
  }
}
