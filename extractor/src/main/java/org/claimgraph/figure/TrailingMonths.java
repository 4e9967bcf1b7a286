package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A total counted "in the past 9 months", "over the last 11 months" runs up to the time of writing: on a dated page, the N
 * months that end the month before the page's ("more than 8 lakh electric 2-wheelers have been sold … in the last 11 months"
 * on 4 March 2024 → 2023-04/2024-02). Without a date the span's end is unknown, and the figure takes no period, not one
 * carried from the text around it (guidelines: "the last 12 months" on an undated page has no period). A change over such
 * months is left to the change rules (the gold dates some by the span, others by its end month).
 */
final class TrailingMonths {
  private TrailingMonths() {}

  private static final String COUNT = "(?i:(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))";
  /**
   * "in the past 9 months", "over the last eleven months … to the country's reserves"; not "the last 12 months to September",
   * "… of 2020" (a span that names its end).
   */
  private static final Pattern TRAILING = Pattern.compile(
      "(?i:\\b(?:in|over|during|for|within|across)\\s+the\\s+(?:last|past)\\s+)" + COUNT + "(?i:\\s+months)\\b"
          + "(?!(?i:\\s+(?:of|to|ending|ended|through|until|till|before|after)\\s+(?:the\\s+end\\s+of\\s+)?)(?:" + PeriodResolver.MONTH
          + "|(?:19|20)\\d{2}|(?i:this|last|the\\s+year)\\b))");
  /**
   * The period of the figure of {@code kind} at {@code [fs, fe)} of {@code sentence}: the span the sentence counts it over, or
   * {@code period} (what the other rules settled) unchanged. {@code stated}: the period the sentence itself gives the figure,
   * read from one of {@code mentions} (the sentence's times).
   */
  static String period(String sentence, int fs, int fe, Kind kind, String stated, List<PeriodMention> mentions, String period,
      LocalDate date) {
    if (kind == Kind.CHANGE) return period;
    Matcher m = TRAILING.matcher(sentence);
    if (!m.find()) return period;
    // "In December 2014 reported 712,000 plug-in sales globally, and nearly 300,000 more sales have taken place over the past
    // nine months": a time stated for another clause does not date the figure the trailing months are nearer to.
    if (stated != null && nearestStated(mentions, stated, fs, fe) <= distance(m.start(), m.end(), fs, fe)) return period;
    int n = PeriodResolver.monthsCount(m.group(1));
    if (n < 2 || n > 24) return period;
    if (date == null) return null;
    YearMonth end = YearMonth.from(date).minusMonths(1);
    return end.minusMonths(n - 1) + "/" + end;
  }

  /**
   * How far the nearest of {@code mentions} giving {@code stated} lies from the figure; none: the period was read outside the
   * sentence ("In 2022, the industry employed … The industry has also contributed more than R47 billion … over the last 12
   * months"), and the sentence's own months are nearer.
   */
  private static int nearestStated(List<PeriodMention> mentions, String stated, int fs, int fe) {
    return mentions.stream().filter(p -> stated.equals(p.period())).mapToInt(p -> distance(p.start(), p.end(), fs, fe)).min()
        .orElse(Integer.MAX_VALUE);
  }

  private static int distance(int s, int e, int fs, int fe) {
    return e <= fs ? fs - e : s >= fe ? s - fe : 0;
  }
}
