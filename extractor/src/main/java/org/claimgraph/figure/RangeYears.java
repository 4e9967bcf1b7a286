package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of years written bare ("in the last seven years (2017-2023)", "over four years, 2018 to 2022", "planned 2019-22
 * capital", "Project Portfolio 2021-2030") is a span like "between 2017 and 2023" (YearSpans): the sentence's one time, so a
 * level or share it holds is the span and a change over it its newer year. Read only where the figure took one end of the range
 * as its year and the sentence states no other year; two consecutive years ("2023-24") are a fiscal or season year, left to
 * FiscalYears.
 */
final class RangeYears {

  private RangeYears() {}

  /**
   * "2017-2023", "2017 – 2023", "2018 to 2022", "2019-22": not a number's tail ("14001-2015") nor a date's ("2024-05-01"); two
   * digits only right after a dash ("rose by 6% in 2024 to 55,400 tons" is no range).
   */
  private static final Pattern BARE = Pattern.compile(
      "(?<![\\p{N}.,/-])((?:19|20)\\d{2})(?:\\s*(?:-|–|—|\\bto\\b|\\bthrough\\b)\\s*((?:19|20)\\d{2})|[-–](\\d{2}))(?![\\p{N}%/-]|[.,]\\p{N})");
  /** A range after these words is YearSpans' ("from 2010 to 2022", "between 2016 and 2019"). */
  private static final Pattern SPAN_WORD_BEFORE = Pattern.compile("(?i)\\b(?:from|between|since)\\s+$");

  /** A bare range of at least two years' difference in {@code text}: {first, last}, or null. */
  static int[] range(String text) {
    Matcher m = BARE.matcher(text);
    while (m.find()) {
      if (SPAN_WORD_BEFORE.matcher(text.substring(0, m.start())).find()) continue;
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) != null ? Integer.parseInt(m.group(2)) : first / 100 * 100 + Integer.parseInt(m.group(3));
      if (last - first >= 2) return new int[] {first, last, m.start(), m.end()};
    }
    return null;
  }

  /**
   * The span where the figure's {@code period} is one end of the sentence's bare range of years; else {@code period}. The range
   * may be written twice ("about 20% of GDP (2012-2014), … over 90% of exports (2012-2014)").
   */
  static String period(String sentence, Kind kind, String period) {
    if (period == null || period.length() != 4) return period;
    int[] range = range(sentence);
    if (range == null) return period;
    String first = String.valueOf(range[0]);
    String last = String.valueOf(range[1]);
    if (!period.equals(first) && !period.equals(last)) return period;
    // No other year: "The plan for 2021-2030 was revised, and in 2024 the company sold 1,200 units" keeps 2024.
    Matcher y = YearSpans.ANY_YEAR.matcher(sentence);
    while (y.find()) {
      int[] around = range(sentence.substring(Math.max(0, y.start() - 12), Math.min(sentence.length(), y.end() + 12)));
      if (around == null || around[0] != range[0] || around[1] != range[1]) return period;
    }
    return kind == Kind.CHANGE ? last : first + "/" + last;
  }
}
