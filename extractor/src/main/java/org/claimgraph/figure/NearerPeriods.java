package org.claimgraph.figure;

/**
 * Which of two readings of one data release dates a figure that states no period and takes the lede's: the lede's span, or
 * its last month when the text stated that month just before. "Registration of electric vehicles in January–November 2018
 * almost doubled …" ¶ "… 598 electric vehicles passed primary registration in November …" ¶ "The most popular electric car
 * … (344 units) remains Nissan Leaf": the ranking breaks down the figure right before it, November's, not the lede's span.
 * Only from the figure's paragraph or the one before: further on, the text has gone back to the story the lede tells.
 * Not the other way round: after a month's lede ("Kazakhstan's copper output in April") and the year to date, "A total of
 * 2.93 million tons were extracted" is still the lede's month more often than the span (measured over the development
 * splits: 1 right, 3 wrong).
 */
final class NearerPeriods {

  private NearerPeriods() {}

  /**
   * The period a figure taking the lede's takes: {@code last} where it was stated in this paragraph or the one before and
   * is the last month of the lede's span; else {@code lede}.
   */
  static String of(String lede, String last, int lastParagraph, int paragraph) {
    if (lede == null || last == null || lastParagraph < 0 || paragraph - lastParagraph > 1) return lede;
    return lastMonthOf(last, lede) ? last : lede;
  }

  /** "2018-11" of "2018-01/2018-11". */
  private static boolean lastMonthOf(String month, String span) {
    return month.length() == 7 && span.contains("/") && span.endsWith("/" + month);
  }
}
