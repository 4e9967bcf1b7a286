package org.claimgraph.cite;

import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.Iris;

/**
 * A statement of a cited value as far as its place in the citation order and its origin need it:
 * a page of citations reads every statement this far (its IRI names its offsets), and only the
 * page's statements in full.
 *
 * @param iri     the figure's IRI ({@link Iris#figure} or {@link Iris#titleFigure})
 * @param article the article graph's IRI
 * @param doc     the article's document name
 * @param start   the quote's start offset
 * @param end     the quote's end offset
 */
public record Statement(String iri, String article, String doc, int start, int end) {

  /** The statement of a figure read in full (the scan's). */
  public static Statement of(FigureRecord f) {
    String id = f.article().substring(f.article().lastIndexOf('/') + 1);
    int start = f.start() == null ? -1 : f.start();
    int end = f.end() == null ? -1 : f.end();
    return new Statement(f.inTitle() ? Iris.titleFigure(id, start, end) : Iris.figure(id, start, end), f.article(), f.doc(),
        start, end);
  }

  /** The statement of a figure IRI of an article graph: its offsets are the IRI's last segment ("…/619-625"). */
  static Statement of(String iri, String article, String doc) {
    String[] range = iri.substring(iri.lastIndexOf('/') + 1).split("-");
    return new Statement(iri, article, doc, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
  }
}
