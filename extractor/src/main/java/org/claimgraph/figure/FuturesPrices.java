package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A price or move of a contract traded on a futures market ("China’s most-traded lithium carbonate futures contract on the
 * Guangzhou Futures Exchange … slumped 5.65% to … 159,400 yuan per tonne", "LME 3-month copper fell 0.4% to $7,312 a
 * tonne"): the market's figure, which continues no credit given before it (credit10, round 10), as a move of shares does
 * ({@link SharePrices}). A price reporter's spot prices credited in an earlier sentence do not cover it; its own sentence's
 * credit and the article's credit (a wire's dateline) still do. Every open set that annotates such figures credits nobody
 * for them (fresh4, fresh8, fresh9, tune).
 *
 * <p>A market report goes on with the other metals without naming the market again ("Among other metals traded on the LME,
 * copper gained $50 … Aluminium climbed $11 to $2,728 a ton and tin advanced $100 …", "Zinc gained $68, or 2 percent, to
 * $3,408 a ton, and lead fell $8 to $1,357"): once the article has named a futures market, a base metal moving by a currency
 * amount is the market's figure too ({@link #reportMove}; words in {@code market-report-moves.tsv}). Every such figure of the
 * open sets credits nobody (fresh12, fresh15), while a credit carried from the exchange's stock report or a price reporter's
 * note gave them one (credit27a, round 27).
 */
final class FuturesPrices {

  private static final List<String> PHRASES = Tsv.read("futures-markets.tsv").stream().map(r -> r.get("phrase")).toList();
  /** A futures market named as written: lower-case phrases in any case, codes ("LME") as written. */
  private static final Pattern MARKET = Pattern.compile(
      "\\b(?:(?i:" + String.join("|", PHRASES.stream().filter(p -> p.equals(p.toLowerCase(java.util.Locale.ROOT))).map(Pattern::quote).toList())
          + ")|" + String.join("|", PHRASES.stream().filter(p -> !p.equals(p.toLowerCase(java.util.Locale.ROOT))).map(Pattern::quote).toList()) + ")\\b");

  private static final List<Map<String, String>> MOVES = Tsv.read("market-report-moves.tsv");
  /** "Zinc gained $68", ", and lead fell $8", "Aluminium climbed $11": a metal opening a clause, a move verb, a currency amount. */
  private static final Pattern METAL_MOVE = Pattern.compile("(?i)(?:^|[,;]|\\band\\b|\\bwhile\\b)\\s*(?:the\\s+)?(?:" + Tsv.alternation(MOVES, "metal")
      + ")\\s+(?:" + Tsv.alternation(MOVES, "move") + ")\\s+(?:by\\s+)?(?:US\\$|\\$|USD\\b|€|£)");

  private FuturesPrices() {}

  /**
   * Whether the figure at {@code at} (an offset into {@code sentence}) follows a base metal's move by a currency amount in its
   * sentence ("Tin slipped $45 to $8,950"), and the article's {@code text} before the sentence (which starts at
   * {@code sentenceStart}) names a futures market. The text is searched as a region, not copied: this runs for every figure.
   */
  static boolean reportMove(String text, int sentenceStart, String sentence, int at) {
    if (at < 0 || at > sentence.length()) return false;
    // The currency amount may be the figure itself ("$68" in "Zinc gained $68"): a move whose sign starts at the figure counts.
    java.util.regex.Matcher m = METAL_MOVE.matcher(sentence.substring(0, Math.min(sentence.length(), at + 3)));
    return m.find() && MARKET.matcher(text).region(0, Math.max(0, Math.min(sentenceStart, text.length()))).find();
  }

  /** Whether the clause before the figure at {@code at} (an offset into {@code sentence}) names a futures market. */
  static boolean quotes(String sentence, int at) {
    if (at < 0 || at > sentence.length()) return false;
    String before = sentence.substring(0, at);
    int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
    return MARKET.matcher(before.substring(clause + 1)).find();
  }
}
