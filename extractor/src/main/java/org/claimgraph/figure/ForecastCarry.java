package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * The year a forecast, plan or target is for ("The firm expects another US$3 fall in 2025", "will strive to ensure that the
 * country reaches the 1 million metric tonnes … in 2025"), later than the page's present year, is not the period of a figure
 * a later sentence reports in the past tense without a time of its own: "For battery electric vehicles (BEVs), the figure
 * dropped below US$97 per kWh", "gold production grew by 40 percent", "China's EV sales soared by a record 40% to 11 million"
 * report the present year (on a page without a date, the text's: GUIDELINES, "No date on the page"). A sentence that continues
 * the forecast (a future or plan word) or refers back to its time ("in that time", "by then") keeps it, and so does one that
 * reports nothing in the past ("Carmakers face potential EU emission fines of 10 billion euros" after a 2025 forecast).
 * Counted before the rule on all open splits: 16 figures of 7 publishers carried such a year into a later sentence stating
 * no future, 15 wrongly; of those that report in the past, the present year is right for 8 (3 publishers), the carried year
 * for none. Measured: those 8 fixed, none lost; two ("exports … soared over 33 percent" after a 2030 target) move from 2030
 * to the page's year, still a year after the gold's.
 */
final class ForecastCarry {

  private ForecastCarry() {}

  /** The sentence refers back to the forecast's time: "in that time", "by then", "that year". */
  private static final Pattern THAT_TIME = Pattern.compile("(?i)\\b(?:in|by|at|for)\\s+(?:that\\s+(?:time|year|point|date)|then)\\b|\\bthat\\s+year\\b");
  /** A report in the present perfect: "there have been three … that have built production facilities", "has risen". */
  private static final Pattern PERFECT = Pattern.compile(
      "(?i)\\b(?:has|have)\\s+(?:\\p{L}+\\s+)?(?:been\\s+)?\\p{L}+(?:ed|en|wn|lt)\\b|\\bthere\\s+(?:has|have)\\s+been\\b");

  /**
   * The period a sentence carries from the sentences before it: {@code running}, or the page's {@code present} year (0: unknown)
   * where {@code running} is a whole year later than it and the sentence {@code reports} a datum in the past tense
   * (FigureExtractor's reporting verbs: "grew", "dropped", "soared") or the present perfect, continuing no forecast.
   */
  static String running(String running, String sentence, int present, boolean reports) {
    if (running == null || running.length() != 4 || present <= 0 || !running.chars().allMatch(Character::isDigit)) return running;
    if (Integer.parseInt(running) <= present) return running;
    // A future or plan word (PresentYear's: "would mark", "aiming to", "is expected to") continues the forecast.
    if (PresentYear.forecasts(sentence) || THAT_TIME.matcher(sentence).find()) return running;
    return reports || PERFECT.matcher(sentence).find() ? Integer.toString(present) : running;
  }
}
