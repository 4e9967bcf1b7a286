package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A base named by a few words and the time they belong to: "compared to figures in 2022", "compared to what was achieved in 2023",
 * "in comparison with the accumulated result for 2020", "than the total for all of 2021". The time is the base's, so that the
 * change compares its own period with it (ChangeRules.basisOf: the year before is yoy, anything else vs-period), as "compared
 * to 2023" does, not a bare "compared to" that names no time. A part of a year against such a base of a year is vs-period ("a
 * six-fold increase in EV sales in the first quarter of 2023 compared to figures in 2022", "2.7 times more than the total for all
 * of 2021": GUIDELINES, a part year against a full year), not the same months a year before as a bare "compared to 2023".
 */
final class DescribedBases {

  private DescribedBases() {}

  /**
   * A comparison word, then up to five words with no number and no clause break, ending in the preposition of the time: "compared
   * to figures in ", "than the total for all of ", "in comparison with the accumulated result for ". Only words that can only
   * compare ("from", "over" and "on" also open spans and causes: "rose 20% on strong demand in the second quarter").
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)^[^\\d;:()]{0,40}?\\b(?:compar(?:ed|ison)\\s+(?:to|with)|than|versus|vs\\.?|relative\\s+to)\\s+"
          + "(?:[\\p{L}’'-]+\\s+){0,5}?(?:in|for|during|of)\\s+(?:the\\s+)?$");

  /** A base told by bare words: "than in ", "compared to the same period of " are other rules' (a time right after the comparison). */
  private static final Pattern TIME_RIGHT_AFTER = Pattern.compile(
      "(?i)\\b(?:compar(?:ed|ison)\\s+(?:to|with)|than|versus|vs\\.?|relative\\s+to)\\s+(?:in\\s+|the\\s+)?$");

  /**
   * The same, read back from a time: "compared to figures in ", "than the total for all of ", "compared to what was achieved in ".
   * After "than" a determiner or "what" must open the phrase: "sales more than doubled in 2023" is the change's own year.
   */
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:compar(?:ed|ison)\\s+(?:to|with)|versus|relative\\s+to)\\s+|\\bthan\\s+(?=(?:the|what|those|that|its|their)\\s))"
          + "(?!(?:in|the\\s+same|the\\s+corresponding)\\b)(?:[\\p{L}’'-]+\\s+){1,5}?(?:in|for|during|of)\\s+(?:the\\s+)?$");

  /** Whether the text {@code before} a time ends in a base described by words, so that the time is the base's. */
  static boolean before(String before) {
    return BEFORE.matcher(before.length() > 80 ? before.substring(before.length() - 80) : before).find();
  }

  /** Whether the words {@code between} a change and a time name a base of that time by words: "compared to figures in ". */
  static boolean between(String between) {
    return BETWEEN.matcher(between).matches() && !TIME_RIGHT_AFTER.matcher(between).find();
  }

}
