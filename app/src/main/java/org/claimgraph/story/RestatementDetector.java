package org.claimgraph.story;

import java.util.Optional;

/**
 * Decides whether two articles tell the same story in the same words, and which restates which.
 *
 * <p>Two articles are a restatement pair when they share at least 2 figures (same value up to
 * rounding, same unit; one when one credits the other's outlet) and
 * <ul>
 *   <li>at least {@value #TEXT} of the shorter text's content-word pairs are in the other (copies,
 *       edited copies, sentence-by-sentence paraphrases keep that many), or
 *   <li>at least {@value #PARAPHRASE} of them and at least 3 shared figures making up half the figures
 *       of the article with fewer (loose rewrites that keep the numbers), or
 *   <li>one credits the other's outlet ("according to Eurostat data") and at least {@value #CREDITED}
 *       of the word pairs are shared (one shared figure is enough when the credit is in its sentence).
 * </ul>
 * Independent reports of one release share figures but hardly any word pairs, so they stay apart.
 *
 * <p>Direction, in this order: the article crediting the other's outlet restates it ("credit"); the
 * article that writes the figures both state less precisely restates the one that writes some more
 * precisely and none less ("precision": a rewrite rounds 13.015 million to "nearly 13.02 million",
 * it does not add digits — so an agency's rounded rewrite of a release restates the release's
 * precise copy even though the agency's dateline is a wire mark); an
 * article without a wire mark restates one carrying a wire dateline or reporting line ("wire"); the
 * later restates the earlier ("date"); else "undetermined" (the link then points from the article
 * with fewer figures to the one with more, and says so).
 */
public final class RestatementDetector {

  static final double TEXT = 0.25;
  static final double PARAPHRASE = 0.10;
  static final double CREDITED = 0.05;
  static final int MIN_SHARED = 2;
  /** Word-pair containment of a copy of the same text (wire copies score 0.94–1.00 in the development set). */
  static final double NEAR_DUPLICATE = 0.8;

  /** The link between {@code a} and {@code b}, if they are a restatement pair. */
  public Optional<Restatement> decide(Profile a, Profile b) {
    if (a.iri().equals(b.iri())) return Optional.empty();
    int shared = Math.min(FigureMatch.shared(a.figures(), b.figures()), FigureMatch.shared(b.figures(), a.figures()));
    String aCreditsB = a.creditedOutletOf(b);
    String bCreditsA = b.creditedOutletOf(a);
    boolean credited = (aCreditsB != null) != (bCreditsA != null);
    double sim = TextSimilarity.containment(a.bigrams(), b.bigrams());
    // One shared figure is enough for a copy of the same text (a wire story with a single figure,
    // carried by two sites); otherwise two, or one next to a credit of the other's outlet.
    if (shared < MIN_SHARED && !(shared >= 1 && sim >= NEAR_DUPLICATE) && !(credited && shared == 1
        && creditNextToSharedFigure(aCreditsB != null ? a : b, aCreditsB != null ? b : a))) {
      return Optional.empty();
    }
    int fewer = Math.min(a.figures().size(), b.figures().size());
    double figureShare = fewer == 0 ? 0 : shared / (double) fewer;
    boolean pair = sim >= TEXT
        || (sim >= PARAPHRASE && shared >= 3 && figureShare >= 0.5)
        || (credited && sim >= CREDITED);
    if (!pair) return Optional.empty();
    double weight = sim + 0.3 * figureShare + (credited ? 0.5 : 0);
    Profile rewrite;
    Profile source;
    String how;
    String outlet = null;
    if (credited) {
      rewrite = aCreditsB != null ? a : b;
      source = rewrite == a ? b : a;
      outlet = rewrite == a ? aCreditsB : bCreditsA;
      how = "credit";
    } else if (morePrecise(a, b) != 0) {
      source = morePrecise(a, b) > 0 ? a : b;
      rewrite = source == a ? b : a;
      how = "precision";
    } else if ((a.wire() == null) != (b.wire() == null)) {
      source = a.wire() != null ? a : b;
      rewrite = source == a ? b : a;
      how = "wire";
    } else if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
      source = a.date().compareTo(b.date()) < 0 ? a : b;
      rewrite = source == a ? b : a;
      how = "date";
    } else {
      boolean aFuller = a.figures().size() > b.figures().size()
          || (a.figures().size() == b.figures().size() && a.doc().compareTo(b.doc()) < 0);
      source = aFuller ? a : b;
      rewrite = aFuller ? b : a;
      how = Restatement.UNDETERMINED;
    }
    return Optional.of(new Restatement(rewrite.iri(), source.iri(), round(sim), shared, outlet, how, round(weight)));
  }

  /**
   * Whether the crediting article names the credited outlet in or just before (200 characters) a
   * sentence with a figure both state ("Bloomberg reported that BYD raised its target. … from 3.6
   * million units to 4 million"): one shared figure is enough then.
   */
  static boolean creditNextToSharedFigure(Profile rewrite, Profile source) {
    java.util.Set<String> outlet = source.outletWords();
    for (var f : rewrite.figures()) {
      if (f.sentence() == null || source.figures().stream().noneMatch(o -> FigureMatch.sameValue(f, o))) continue;
      String near = f.sentence();
      if (f.sentenceStart() != null && f.sentenceEnd() != null && f.sentenceEnd() <= rewrite.text().length()) {
        near = rewrite.text().substring(Math.max(0, f.sentenceStart() - 200), f.sentenceEnd());
      }
      String lower = near.toLowerCase(java.util.Locale.ROOT);
      for (String w : outlet) if (lower.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*")) return true;
    }
    return false;
  }

  /**
   * 1 when {@code a} writes some of the figures both state with more significant digits than
   * {@code b} ("13.015 million units" for "nearly 13.02 million") and none with fewer; -1 the other
   * way round; 0 when neither or both do.
   */
  static int morePrecise(Profile a, Profile b) {
    int aMore = 0;
    int bMore = 0;
    for (var f : a.figures()) {
      for (var o : b.figures()) {
        if (!FigureMatch.sameValue(f, o)) continue;
        int da = Rounding.significantDigits(f.quote());
        int db = Rounding.significantDigits(o.quote());
        if (da > db) aMore++;
        else if (db > da) bMore++;
        break;
      }
    }
    return aMore > 0 && bMore == 0 ? 1 : bMore > 0 && aMore == 0 ? -1 : 0;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
