package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Changes worded without a verb of change next to the number, which the clause reader takes for amounts
 * (value8; fresh3 … fresh7: Norway Today, Panorama Minero, Santiago Chronicle, Public Power, Resources Rising Stars):
 *
 * <pre>
 * "121,096 … registered, which is 2,059 fewer than the same period last year" → change, down
 * "(US$21 million less than in 2023)", "1,176 percent fewer than in October 2018" → change, down
 * "US$178.7 million lower than the 2013 level"                              → change, down
 * "produced 172,000 fewer tonnes of copper in 2022"                        → change, down (the word inside the quote)
 * "grew by 5 percent or 7,034 EVSE ports"                                   → the change restated in units: up
 * "a A$565 million boost to Pilbara's bank balance", "another US$3 fall"     → a change noun after the amount
 * </pre>
 *
 * Pure and stateless; the basis is left to {@link ChangeRules}.
 */
final class Differences {

  /**
   * "2,059 fewer than", "US$21 million less than", "150 tonnes more than": a difference with its reference right after the
   * quote (which holds the unit); not "12 major vehicle manufacturers representing more than 75% of the market".
   */
  private static final Pattern THAN_AFTER = Pattern.compile(
      "(?i)^\\s*(fewer|less|more|lower|higher)\\s+than\\b(?!\\s+(?:doubled|tripled|halved|offset|twice|double|triple|half)\\b)");
  /** "4,161 more units sold in the third quarter of 2022 than …": the comparative and its noun after the quote, "than" later. */
  private static final Pattern NOUN_THAN_AFTER = Pattern.compile("(?i)^\\s*(fewer|more|less)\\s+\\p{L}[\\p{L}-]*[^,;.()]{0,60}?\\bthan\\b");
  /** "172,000 fewer tonnes": the comparative written inside the quote. */
  private static final Pattern IN_QUOTE = Pattern.compile("(?i)^[\\d.,\\s]+(?:thousand|million|billion|mn|bn)?\\s*(fewer|more)\\s+\\p{L}");
  /** "grew by 5 percent or 7,034 EVSE ports", "rose 6.3 percent, or 8,082": the change restated as a count after "or". */
  private static final Pattern OR_RESTATED = Pattern.compile(
      "(?i)\\b(\\p{L}+)\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|some\\s+|around\\s+)?[\\d.,]+\\s*(?:%|per\\s?cent|percent|pc)\\s*,?\\s+or\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|some\\s+|around\\s+)?$");
  /** "a A$565 million boost", "another US$3 fall", "Each RMB 0.1/Wh ($14/kWh) drop": a change noun right after the amount. */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|another|each|every|the|its|their)\\s+(?:[^()\\s]{1,20}\\s*\\(\\s*)?$");
  private static final Pattern NOUN_AFTER = Pattern.compile(
      "(?i)^\\s*(?:\\)\\s*)?(?:\\([^()]{1,40}\\)\\s*)?(increase|decrease|rise|drop|decline|gain|jump|boost|fall|reduction|cut|surge|slump|dip|improvement|hike|uplift)\\b(?!\\s+(?:fund|plan|package|programme|program|scheme|strategy|target)\\b)");

  /** "370,000 (17%) up on Q1 of 2024", "330,000 (41%) up on the same time last year": the move written after the bracket. */
  private static final Pattern BRACKETED_PERCENT_MOVE = Pattern.compile(
      "(?i)^\\s*\\(\\s*[+-]?[\\d.,]+\\s*(?:%|pc\\b|per\\s?cent\\b|percent\\b)\\s*\\)\\s*(up|down|higher|lower)\\s+(?:on|from|over|than|compared|against|versus|year)\\b");

  private Differences() {}

  /**
   * The direction of the difference the words around {@code [start, end)} state, or null when they state none.
   *
   * @param percent whether the quantity is a percent (only "fewer/less/more than" applies to percents: "… percent fewer than")
   */
  static String direction(String sentence, int start, int end, boolean percent) {
    String quote = sentence.substring(start, end);
    String right = sentence.substring(end);
    String left = sentence.substring(0, start);
    Matcher than = THAN_AFTER.matcher(right);
    if (than.lookingAt()) return Regexes.matches(than.group(1).toLowerCase(Locale.ROOT), "more|higher") ? "up" : "down";
    if (percent) return null;
    Matcher nounThan = NOUN_THAN_AFTER.matcher(right);
    if (nounThan.lookingAt()) return nounThan.group(1).equalsIgnoreCase("more") ? "up" : "down";
    Matcher in = IN_QUOTE.matcher(quote);
    if (in.lookingAt()) return in.group(1).equalsIgnoreCase("more") ? "up" : "down";
    Matcher or = OR_RESTATED.matcher(left);
    if (or.find()) return ChangeRules.directionWord(or.group(1));
    // "reached 2.5m … - 370,000 (17%) up on Q1 of 2024": the amount and its percent in brackets, the direction after both
    Matcher bracketed = BRACKETED_PERCENT_MOVE.matcher(right);
    if (bracketed.lookingAt()) return Regexes.matches(bracketed.group(1).toLowerCase(Locale.ROOT), "up|higher") ? "up" : "down";
    Matcher noun = NOUN_AFTER.matcher(right);
    if (noun.lookingAt() && DETERMINER_BEFORE.matcher(left).find()) return ChangeRules.directionWord(noun.group(1));
    return null;
  }
}
