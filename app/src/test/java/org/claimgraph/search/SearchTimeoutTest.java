package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search is bounded by its time limit (issue 17: timeouts on every /api route). */
class SearchTimeoutTest {

  @TempDir Path tmp;

  @Test
  void aSearchPastItsLimitStopsWithATimeoutAndOneWithinItAnswers() {
    var article = new IndexedArticle("https://claimgraph.org/id/article/x", "x", "x.html", "x", "T", null,
        List.of(), null, List.of("CN"), "China exported 619 t of samarium cobalt magnets.", List.of(new IndexedArticle.Sentence(
            "https://claimgraph.org/id/article/x/sentence/0", 0, 0, 48, List.of("619 t"))));
    try (SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      index.prepare(article, List.of());
      index.commit();
      SearchRequest request = new SearchRequest("samarium", 10, null, null, null, null);
      assertEquals(1, new SearchService(index).search(request).articles());
      SearchTimeoutException e = assertThrows(SearchTimeoutException.class,
          () -> new SearchService(index).withTimeout(() -> true).search(request));
      assertEquals("the search took longer than its time limit; narrow it down", e.getMessage());
    }
  }
}
