package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.article.Article;
import org.claimgraph.article.Paragraph;

/**
 * The most text of one article that ingest analyses. Annotation time grows faster than the text
 * (a 9.9 MB single paragraph took 20 minutes and 4 GB), and no news article is that long: a
 * longer one is cut at the last sentence or word end before the limit, with a warning, and what
 * is stored is what was analysed, so every offset still holds.
 *
 * <pre>{@code
 * TextLimit limit = new TextLimit(200_000);
 * Article kept = limit.apply(article);        // the same article if it is short enough
 * String w = limit.warning(article, kept);    // "x.html: 9,900,000 characters; only the first 199,998 were analysed"
 * }</pre>
 */
public final class TextLimit {

  /** The default: 200,000 characters, some 30,000 words. */
  public static final int DEFAULT_MAX_CHARS = 200_000;

  private final int maxChars;

  public TextLimit(int maxChars) {
    if (maxChars < 1000) throw new IllegalArgumentException("the text limit must be at least 1000 characters: " + maxChars);
    this.maxChars = maxChars;
  }

  /** {@code a} itself, or its text cut to the limit (paragraphs clipped, the id kept). */
  public Article apply(Article a) {
    if (a.text().length() <= maxChars) return a;
    int cut = cutPoint(a.text());
    List<Paragraph> kept = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      if (p.start() >= cut) break;
      kept.add(p.end() <= cut ? p : new Paragraph(p.start(), cut, p.kind()));
    }
    return new Article(a.id(), a.source(), a.title(), a.publisher(), a.authors(), a.date(), a.url(), a.language(),
        a.text().substring(0, cut), kept);
  }

  /** The warning line for an article that was cut, or null. */
  public String warning(String file, Article original, Article kept) {
    if (kept.text().length() == original.text().length()) return null;
    return String.format(Locale.ROOT, "%s: %,d characters of text; only the first %,d were analysed and stored (the limit is %,d)",
        file, original.text().length(), kept.text().length(), maxChars);
  }

  /** The end of the last sentence (or else word) that fits, never 0. */
  private int cutPoint(String text) {
    for (int i = maxChars; i > maxChars / 2; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) return i;
    }
    for (int i = maxChars; i > maxChars / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) return i;
    }
    return maxChars;
  }
}
