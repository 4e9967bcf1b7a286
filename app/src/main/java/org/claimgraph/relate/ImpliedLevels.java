package org.claimgraph.relate;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Figure;

/**
 * The levels an article's figures imply (a level and its change in one article), computed from the
 * article alone: what ingest stores with the article ({@code graph.ImpliedFigureMapper}) and what
 * {@code cite} reads back by {@code cg:impliedKey}. "619 t in 2025-07, up 75.5% m/m" implies
 * 352.7 t (352.6–352.8) in 2025-06.
 */
public final class ImpliedLevels {
  private ImpliedLevels() {}

  /** The implied levels of an analysed article (graph {@code articleIri}), from its own figures (in document order). */
  public static List<Implication> of(ArticleAnalysis analysis, String articleIri) {
    String iri = articleIri;
    List<FigureRecord> records = new ArrayList<>();
    for (Figure f : analysis.figures()) records.add(FigureRecord.of(analysis.article(), iri, f));
    return new Implications(records).previousLevels();
  }
}
