package org.claimgraph.search;

import java.util.List;

/**
 * The articles that match a search, best first.
 *
 * @param query    the query as given
 * @param articles how many articles match in all (before the limit)
 * @param hits     the returned articles
 */
public record SearchResult(String query, int articles, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** One article with its best-matching sentences. */
  public record Hit(String article, String doc, String title, String publisher, String date, float score,
      List<Snippet> snippets) {
    public Hit {
      snippets = List.copyOf(snippets);
    }
  }

  /**
   * A matching sentence: its offsets in the article text, the sentence with the matched words
   * between {@code <mark>} and {@code </mark>} (the rest HTML-escaped), and the figures it states.
   */
  public record Snippet(String sentence, int start, int end, String marked, List<String> figures) {
    public Snippet {
      figures = List.copyOf(figures);
    }
  }
}
