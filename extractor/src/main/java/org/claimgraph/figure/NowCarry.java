package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The page's month that a sentence's "now" gave its figures ("It now stands around US$15.50 per pound", "BasiGo now has 3
 * charging sites") is the time of that sentence alone: it runs on to a later sentence only where that one reports a move or a
 * level reached ("Nickel … fell $400, or 1.3 percent, to $29,650 a metric ton" after "… the exchange said today"). A sentence
 * after it that reports none states a standing fact, which has no period ("The Chinese produce around 55 kt/yr of vanadium",
 * "Every Electric Bus … replaces the consumption of 20,000 Litres per year": fresh27 call 5, fresh28 call 4, review30's error 2).
 * Dated pages only (an undated page's present is a year read from its text). The verbs are in {@code now-carry-words.tsv}.
 */
final class NowCarry {

  private static final List<Map<String, String>> WORDS = Tsv.read("now-carry-words.tsv");
  /** A past-tense verb of a move before its number: "fell $400", "jumped 14 percent", "rose to 7,614 tons", "topped $3,100". */
  private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "moved") + ")\\s+(?:(?:"
      + Tsv.alternation(WORDS, "lead") + ")\\s+)*(?:[$€£¥₹]|US\\$|\\d)");

  private NowCarry() {}

  /**
   * Whether the period {@code settled} that a sentence's figures took is only the present its own "now" states: on a page of
   * {@code date}, the page's month, in {@code sentence} that states the present and names no period of its own
   * ({@code statesPeriod} false).
   */
  static boolean nowOnly(String settled, String sentence, boolean statesPeriod, LocalDate date) {
    if (settled == null || date == null || statesPeriod || !settled.equals(YearMonth.from(date).toString())) return false;
    return PeriodResolver.statesThePresent(sentence) || StatesNow.saysNow(sentence);
  }

  /** Whether {@code sentence}, after a sentence whose period is only its "now", reports a move or level that continues it. */
  static boolean continues(String sentence) {
    return MOVED.matcher(sentence).find();
  }
}
