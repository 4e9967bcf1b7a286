package org.claimgraph.spark;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The global step of a Spark ingest: figures grouped by cite key ({@code graph.FigureKeys}), kept
 * where the key joins figures of two or more articles. Each group is the neighbourhood in which
 * cite looks for corroborating, contradicting and implied figures, found by one keyed shuffle
 * instead of comparing all pairs.
 *
 * <pre>
 * fact|Mass:t|amount|2025-07|CN US	https://claimgraph.org/id/figure/…	https://claimgraph.org/id/figure/…
 * </pre>
 */
final class KeyGroups {
  private KeyGroups() {}

  /**
   * The line of a key, or none if its figures are all from one article.
   *
   * @param members "article id TAB figure IRI" of each figure with the key
   */
  static List<String> line(String key, Iterable<String> members) {
    Set<String> articles = new TreeSet<>();
    Set<String> figures = new TreeSet<>();
    for (String m : members) {
      int tab = m.indexOf('\t');
      articles.add(m.substring(0, tab));
      figures.add(m.substring(tab + 1));
    }
    if (articles.size() < 2) return List.of();
    return List.of(key + "\t" + String.join("\t", figures));
  }
}
