package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.article.Paragraph;

/**
 * A quoted paragraph with no tag of its own, right before a quoted paragraph whose tag names the speaker: "“Ghana saw an
 * increase in the production … an 8.3% increase, driven by the expansion of small-scale mining.”" then "“However, large-scale
 * gold production declined … from 0.66 million ounces to 1.1 million ounces,” he posited." (mypublisher24). News style tags a
 * run of quoted paragraphs once; the tag usually follows the first, but a page may put it after the second, and the untagged
 * paragraph before it is the same voice. Only a paragraph that is all quote (it opens with the mark and the quote runs to its
 * end), so a writer's sentence around a quote never takes a speaker this way.
 */
final class TaggedNextQuotes {

  private TaggedNextQuotes() {}

  /** Most characters after a whole paragraph's closing mark (a full stop, a space). */
  private static final int TAIL = 2;

  static List<CreditResolver.Quote> apply(Article article, List<CreditResolver.Quote> quotes) {
    List<CreditResolver.Quote> out = new ArrayList<>(quotes);
    for (int i = out.size() - 2; i >= 0; i--) {
      CreditResolver.Quote q = out.get(i);
      CreditResolver.Quote next = out.get(i + 1);
      if (q.speaker() != null || next.speaker() == null) continue;
      int k = paragraphOf(article, q.start());
      if (k < 0 || k + 1 >= article.paragraphs().size() || paragraphOf(article, next.start()) != k + 1) continue;
      if (!wholeParagraph(article, article.paragraphs().get(k), q) || !opensParagraph(article, article.paragraphs().get(k + 1), next)) continue;
      out.set(i, new CreditResolver.Quote(q.start(), q.end(), next.speaker()));
    }
    return out;
  }

  private static boolean wholeParagraph(Article article, Paragraph p, CreditResolver.Quote q) {
    return opensParagraph(article, p, q) && article.text().substring(q.end(), p.end()).strip().length() < TAIL;
  }

  private static boolean opensParagraph(Article article, Paragraph p, CreditResolver.Quote q) {
    return q.start() >= p.start() && article.text().substring(p.start(), q.start()).isBlank();
  }

  private static int paragraphOf(Article article, int offset) {
    List<Paragraph> ps = article.paragraphs();
    for (int i = 0; i < ps.size(); i++) if (ps.get(i).start() <= offset && offset < ps.get(i).end()) return i;
    return -1;
  }
}
