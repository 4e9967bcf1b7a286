package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.bench.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search reads a page of articles (the best sentences until the page is full, then the page's
 * articles' sentences) and counts its articles from the graph column: the same answer as grouping
 * every hit ({@link SearchService#scan}), on an index of several segments with replaced articles.
 */
class SearchPagesTest {

  @TempDir Path tmp;

  @Test
  void everyPageIsTheAnswerOfGroupingEveryHit() {
    pagesEqualTheScan(false);
  }

  /** The same with the index's segments searched in slices on several threads, as a large index is. */
  @Test
  void slicedSearchesGiveTheSameAnswers() {
    int before = Slices.minDocs;
    Slices.minDocs = 0;
    try {
      pagesEqualTheScan(Runtime.getRuntime().availableProcessors() > 1);
    } finally {
      Slices.minDocs = before;
    }
  }

  private void pagesEqualTheScan(boolean sliced) {
    SyntheticArticles gen = new SyntheticArticles(42);
    try (SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      for (int i = 0; i < 250; i++) {
        index.prepare(IndexedArticles.of(gen.article(i)), List.of());
        if (i % 37 == 36) index.commit(); // several segments: an article's ordinal differs from one to the next
      }
      // articles written again (their old documents deleted, the new ones in a later segment)
      for (int i = 0; i < 250; i += 23) index.prepare(IndexedArticles.of(gen.article(i)), List.of());
      index.commit();
      if (sliced) {
        var searcher = index.acquireSearcher();
        try {
          assertTrue(Slices.searcher(searcher.getIndexReader()).getSlices().length > 1, "searched in slices");
        } finally {
          index.release(searcher);
        }
      }
      List<SearchRequest> requests = new ArrayList<>();
      for (String q : List.of("export licences", "rare earth magnets", "gallium", "stockpiles", "\"wind turbines\"",
          "Germany lithium", "defence", "refiners Asia", "cobalt Congo*", "volatile prices", "China", "title:magnets",
          "tonnes OR percent", "nothingmatchesthis")) {
        for (int limit : List.of(1, 3, 10, 1000)) requests.add(new SearchRequest(q, limit, null, null, null, null));
        requests.add(new SearchRequest(q, 10, "Reuters", null, null, null));
        requests.add(new SearchRequest(q, 10, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30), null));
        requests.add(new SearchRequest(q, 10, null, null, null, "CN"));
      }
      int found = 0;
      for (SearchRequest r : requests) {
        // a service per search, as Claimgraph makes one: its time limit runs from its making
        SearchResult paged = new SearchService(index).search(r);
        assertEquals(new SearchService(index).scan(r), paged, r.toString());
        if (paged.articles() > r.limit()) found++;
      }
      assertTrue(found > 20, "searches with more articles than their page: " + found);
    }
  }
}
