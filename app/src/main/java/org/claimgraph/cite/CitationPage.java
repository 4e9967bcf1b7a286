package org.claimgraph.cite;

import java.util.List;
import java.util.Map;
import org.claimgraph.graph.ArticleInfo;

/**
 * One page of a figure's citations: a value stated by hundreds of articles ("0%", "5 t") is answered
 * a page at a time, so a request relates only the statements it shows to their neighbourhoods.
 *
 * @param citations  the citations of the page, in citation order (publication date, document, position)
 * @param count      how many statements there are in all
 * @param offset     how many come before the page
 * @param statements every statement in citation order (what origins are grouped over), with {@code articles};
 *                   read as far as ordering and origins need ({@link Statement}), the page's in full
 * @param articles   the articles of every statement by IRI, as far as origins need them: document name, publisher
 *                   and date (a page's citations carry their articles in full)
 */
public record CitationPage(List<Citation> citations, int count, int offset, List<Statement> statements,
    Map<String, ArticleInfo> articles) {
  public CitationPage {
    citations = List.copyOf(citations);
    statements = List.copyOf(statements);
    articles = Map.copyOf(articles);
  }

  /** A page of an answer already computed in full (the scan's). */
  public static CitationPage of(List<Citation> all, int offset, int limit) {
    int from = Math.min(Math.max(0, offset), all.size());
    int to = (int) Math.min(all.size(), (long) from + Math.max(0, limit));
    Map<String, ArticleInfo> articles = new java.util.HashMap<>();
    for (Citation c : all) articles.putIfAbsent(c.article().iri(), c.article());
    return new CitationPage(all.subList(from, to), all.size(), from, all.stream().map(c -> Statement.of(c.figure())).toList(), articles);
  }
}
