package org.claimgraph.cite;

import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.relate.FigureRelations;

/**
 * A figure of another statement related to a cited one.
 *
 * @param figure  the related figure
 * @param article where it is stated
 * @param why     how it relates: "same value, measure, place and period", "another value for the
 *                same measure, place and period"
 */
public record Related(FigureRecord figure, ArticleInfo article, String why) {

  /** The relation of {@code o} (stated in {@code oa}) to a cited figure in words; null if unrelated. */
  static Related of(FigureRecord o, FigureRelations.Relation r, ArticleInfo oa) {
    return switch (r) {
      case NONE -> null;
      case SAME_VALUE -> new Related(o, oa, "same value, measure, place and period");
      case OTHER_VALUE -> new Related(o, oa, "another value for the same measure, place and period");
    };
  }
}
