package org.claimgraph.cite;

import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.relate.Implication;

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
 * @param corroboratingCount how many figures corroborate it in all ({@code corroborating} lists the first {@link #SHOWN})
 * @param contradictingCount how many contradict it in all
 * @param impliedCount   how many implications it takes part in
 *
 * <p>The lists hold at most {@link #SHOWN} entries each (in document order), so that a figure
 * restated by hundreds of articles answers in time linear in its statements, not quadratic: each
 * of them would otherwise list all the others.
 */
public record Citation(FigureRecord figure, ArticleInfo article, int sentenceStart, int quoteInSentence,
    List<Related> corroborating, List<Related> contradicting, List<Implication> implied,
    int corroboratingCount, int contradictingCount, int impliedCount) {

  /** How many related figures and implications each list of a citation shows at most. */
  public static final int SHOWN = 20;

  public Citation {
    corroborating = List.copyOf(corroborating);
    contradicting = List.copyOf(contradicting);
    implied = List.copyOf(implied);
    if (corroborating.size() > SHOWN || contradicting.size() > SHOWN || implied.size() > SHOWN) {
      throw new IllegalArgumentException("a citation lists at most " + SHOWN + " related figures of each kind");
    }
  }

  /** The sentence with the quote between the given marks: "… hit ⟦619 mt⟧, up 75.5% …". */
  public String markedSentence(String open, String close) {
    return markedSentence(open, close, t -> t);
  }

  /**
   * The sentence HTML-escaped, with the quote between {@code <mark>} and {@code </mark>}, as
   * {@code search} marks its hits: {@code "a <b> of <mark>619 mt</mark>"} becomes
   * {@code "a &lt;b&gt; of <mark>619 mt</mark>"}. Article text is untrusted.
   */
  public String markedSentenceHtml() {
    return markedSentence("<mark>", "</mark>", Citation::escapeHtml);
  }

  private String markedSentence(String open, String close, java.util.function.UnaryOperator<String> text) {
    String s = figure.sentence();
    int at = quoteInSentence;
    int end = at + figure.quote().length();
    if (at < 0 || end > s.length()) return text.apply(s);
    return text.apply(s.substring(0, at)) + open + text.apply(s.substring(at, end)) + close + text.apply(s.substring(end));
  }

  static String escapeHtml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
