package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move of a company's shares on the market ("Shares tumbled 10 per cent to USD 238.39 in after-hours trading", "Shares
 * were down 1.5% in early afternoon trading", "shares are swapping hands for 12.5 cents apiece, up 13.6%"): the market's
 * figure, which continues no credit given before it (credit8, round 8). The company's report or a data source credited in
 * an earlier sentence does not cover it; its own sentence's credit and the article's credit (a wire's dateline) still do.
 * All three open sets that annotate such figures after a company's report credit nobody (fresh4, fresh6, fresh7).
 * A market share that "rose by 1.21 percentage points" is no share price.
 */
final class SharePrices {

  /** Shares or stock as the subject of a move or a trade, then the figure within the clause. */
  private static final Pattern MOVE = Pattern.compile(
      "(?i)\\b(shares|stock|share\\s+price|stock\\s+price)\\b(?:\\s+(?!(?:of|in)\\b)[\\p{L}’'-]+){0,2}?"
          + "(?:\\s+(?:of|in)\\s+[^,;]{1,60}?)?\\s+(?:(?:were|was|are|is|have|has|had)\\s+(?:been\\s+)?)?"
          + "(?:down|up|fell|rose|tumbled|plunged|jumped|slid|slumped|sank|dropped|climbed|gained|surged|soared|closed|ended|traded"
          + "|opened|finished|swapping|changing|trading|lost|added|declined|decreased|increased|rallied|rebounded|slipped|edged)\\b[^;]*$");
  /** The market the move happens on: "in after-hours trading", "closed", "on the Nasdaq", "12.5 cents apiece", "lithium stock". */
  private static final Pattern MARKET = Pattern.compile(
      "(?i)\\b(?:trading|trade|traded|session|closed|closing|opened|nasdaq|nyse|asx|exchange|stock|apiece|cents|after-hours|intraday"
          + "|listed|bourse)\\b");
  /** "Cobalt stock in Chinese warehouses rose 12% to 20,000 tonnes": a stock of metal, an inventory, not shares. */
  private static final Pattern INVENTORY = Pattern.compile(
      "(?i)\\b(?:warehouses?|inventor(?:y|ies)|stockpiles?|smelters?|ports?|bonded|tonnes?|tons?|mt|kt|LME|SHFE|COMEX)\\b");
  private static final Pattern MARKET_SHARE = Pattern.compile("(?i)percentage\\s+points?|market\\s+shares?");

  private SharePrices() {}

  /** Whether the figure at {@code at} (an offset into {@code sentence}) is a move of shares the clause before it states. */
  static boolean moves(String sentence, int at) {
    if (at < 0 || at > sentence.length()) return false;
    String before = sentence.substring(0, at);
    if (MARKET_SHARE.matcher(sentence).find() || !MARKET.matcher(sentence).find()) return false;
    Matcher m = MOVE.matcher(before);
    return m.find() && !(m.group(1).equalsIgnoreCase("stock") && INVENTORY.matcher(sentence).find());
  }
}
