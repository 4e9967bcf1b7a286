package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A price or move of a contract traded on a futures market ("China’s most-traded lithium carbonate futures contract on the
 * Guangzhou Futures Exchange … slumped 5.65% to … 159,400 yuan per tonne", "LME 3-month copper fell 0.4% to $7,312 a
 * tonne"): the market's figure, which continues no credit given before it (credit10, round 10), as a move of shares does
 * ({@link SharePrices}). A price reporter's spot prices credited in an earlier sentence do not cover it; its own sentence's
 * credit and the article's credit (a wire's dateline) still do. Every open set that annotates such figures credits nobody
 * for them (fresh4, fresh8, fresh9, tune).
 */
final class FuturesPrices {

  private static final List<String> PHRASES = Tsv.read("futures-markets.tsv").stream().map(r -> r.get("phrase")).toList();
  /** A futures market named as written: lower-case phrases in any case, codes ("LME") as written. */
  private static final Pattern MARKET = Pattern.compile(
      "\\b(?:(?i:" + String.join("|", PHRASES.stream().filter(p -> p.equals(p.toLowerCase(java.util.Locale.ROOT))).map(Pattern::quote).toList())
          + ")|" + String.join("|", PHRASES.stream().filter(p -> !p.equals(p.toLowerCase(java.util.Locale.ROOT))).map(Pattern::quote).toList()) + ")\\b");

  private FuturesPrices() {}

  /** Whether the clause before the figure at {@code at} (an offset into {@code sentence}) names a futures market. */
  static boolean quotes(String sentence, int at) {
    if (at < 0 || at > sentence.length()) return false;
    String before = sentence.substring(0, at);
    int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
    return MARKET.matcher(before.substring(clause + 1)).find();
  }
}
