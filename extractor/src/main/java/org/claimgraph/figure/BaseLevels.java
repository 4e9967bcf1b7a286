package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A high or low compared with: "up from nine-year lows of around $10 a lb in February", "from peaks near 6,00,000 yuan in
 * November 2022". The number is the base of the comparison, and the time after it is its own (PeriodResolver reads that time as a
 * base's), not the period of the level or change before it.
 */
final class BaseLevels {

  private BaseLevels() {}

  private static final Pattern BEFORE = Pattern.compile(
      "(?i)\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|against)\\s+(?:(?:its|their|the|a|an|this)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
          + "(?:lows?|highs?|peaks?|troughs?|bottoms?|record(?:\\s+(?:high|low))?s?)\\s+(?:of|near|around|at)\\s+(?:(?:around|about|nearly|almost|some|just|roughly|approximately)\\s+)?$");

  /**
   * "from the lows of ", "since hitting near 10-year peaks in ": a comparison with a high or low, between a change and its
   * base's time; not a hyphenated adjective ("from low-season levels in ").
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|against|since)\\b[^.;]{0,40}?\\b(?:lows?|highs?|peaks?|troughs?|bottoms?|record\\s+(?:highs?|lows?))\\b(?!-)");

  /**
   * Whether the words {@code between} a change and its base's time compare with a high or low: "up nearly 12 per cent from the
   * lows of March" is a change since then (vs-period, GUIDELINES "since February"), not month-on-month.
   */
  static boolean between(String between) {
    return BETWEEN.matcher(between).find();
  }

  /** Whether the number at {@code start} of {@code sentence} is such a high or low. */
  static boolean before(String sentence, int start) {
    return BEFORE.matcher(sentence.substring(Math.max(0, start - 60), start)).find();
  }
}
