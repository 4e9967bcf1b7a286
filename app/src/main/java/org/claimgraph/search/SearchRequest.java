package org.claimgraph.search;

import java.time.LocalDate;

/**
 * A full-text search: Lucene query syntax ({@code samarium AND cobalt}, {@code "export licences"},
 * {@code title:magnets}, {@code germ*}), a limit on articles, and optional filters.
 *
 * @param query     the query text
 * @param limit     most articles to return (1..1000)
 * @param publisher only articles of this publisher (case-insensitive, whole name), or null
 * @param from      only articles published on or after this date, or null
 * @param to        only articles published on or before this date, or null
 * @param country   only articles that mention this ISO country code, or null
 */
public record SearchRequest(String query, int limit, String publisher, LocalDate from, LocalDate to, String country) {
  public SearchRequest {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("the search query is empty");
    if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit must be between 1 and 1000: " + limit);
  }
}
