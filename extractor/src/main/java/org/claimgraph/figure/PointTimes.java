package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A time written right after a number as the point the number stands at: "rose from 264 at the end of 2023 to 537 at the end of
 * 2024", "bringing the number … to 2,439 as of the end of June", "90,000 tonnes at end-May", "grew to 923,381 by the end of June
 * 2021". The time is the number's own, as "589 tons in August" is (FigureExtractor's ATTACHED): nearer in meaning than a time
 * written before it, which belongs to the level the range runs from (537 is 2024's, not 2023's).
 */
final class PointTimes {

  /**
   * What stands between the number and its time: an optional "of"/"in" phrase of up to three words ("of these", "in China"), then
   * "at", "as of", "as at" or "by" with "the end of" or "end-" ("at the close of" too), or "by" alone: a target's or a forecast's
   * own time ("2,000 public charging stations by 2022, and 5 lakh public charging stations by 2030": 2030 is the second one's).
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)\\s*(?:(?:of|in)\\s+(?:[\\p{L}()-]+\\s+){1,3})?(?:(?:at|as\\s+(?:of|at)|by)\\s+(?:the\\s+)?(?:very\\s+)?(?:end|close)(?:\\s+of\\s+|-)(?:the\\s+)?"
          + "|by\\s+)");

  private PointTimes() {}

  /** Whether {@code between} (the text from a number's end to a time expression) makes the time the number's point. */
  static boolean attached(String between) {
    return BETWEEN.matcher(between).matches();
  }
}
