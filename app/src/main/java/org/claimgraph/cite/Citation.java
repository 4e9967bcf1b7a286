package org.claimgraph.cite;

import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;

/**
 * One article's statement of a cited figure.
 *
 * @param figure         the stated figure (quote, offsets, attribution, sentence …)
 * @param article        the article's metadata
 * @param sentenceStart  offset of the sentence in the article text
 * @param quoteInSentence offset of the quote within the sentence
 * @param corroborating  figures of other articles that state the same value for the same measure, place and period
 * @param contradicting  figures of other articles that state another value for the same measure, place and period,
 *                       or the same value for another period
 * @param implied        figures this one implies with others, checked against what sources state
 */
public record Citation(FigureRecord figure, ArticleInfo article, int sentenceStart, int quoteInSentence,
    List<Related> corroborating, List<Related> contradicting, List<Implication> implied) {
  public Citation {
    corroborating = List.copyOf(corroborating);
    contradicting = List.copyOf(contradicting);
    implied = List.copyOf(implied);
  }

  /** The sentence with the quote between the given marks: "… hit ⟦619 mt⟧, up 75.5% …". */
  public String markedSentence(String open, String close) {
    String s = figure.sentence();
    int at = quoteInSentence;
    int end = at + figure.quote().length();
    if (at < 0 || end > s.length()) return s;
    return s.substring(0, at) + open + s.substring(at, end) + close + s.substring(end);
  }
}
