package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The bounds a page without a date sets on its present with a month of a year ({@code present-bounds.tsv}), held against the
 * month its figures are reported for ("in June", written without a year): the year chosen from the years the text states
 * ({@link PeriodResolver#context}) moves only when that month would fall outside them.
 *
 * <ul>
 *   <li>a floor: "Electric cars overtook diesel in June … The European car market has returned to sustainable growth since
 *       August 2022" is not June 2022 but 2023; "registrations rose 3.4% … in January … the lowest monthly share since April
 *       2025" (the text's newest other year 2025) is January 2026;</li>
 *   <li>a ceiling: "Chinese cobalt metal imports doubled in September … keeping China's raw material pipeline thin through Q1
 *       2026" (2026 its only year but plans) is not September 2026 but 2025.</li>
 * </ul>
 *
 * A bound alone dates nothing ("prices were below CNY 97,500 per tonne in January, the lowest since August 2021" is any
 * January after it): it only corrects a year the text already gives.
 */
final class PresentBounds {

  private PresentBounds() {}

  private static final List<Map<String, String>> WORDS = Tsv.read("present-bounds.tsv");
  private static final String YEAR = "((?:19|20)\\d{2})(?![\\p{N}%])";
  private static final Pattern FLOOR = Pattern.compile(
      "(?i:\\b(?:" + Tsv.alternation(WORDS, "floor") + ")\\s+)(" + PeriodResolver.MONTH + ")(?:,?\\s+(?i:of\\s+)?)" + YEAR);
  /** "through Q1 2026", "until the end of the first quarter of 2026", "before H2 2025", "until March 2026". */
  private static final Pattern CEILING = Pattern.compile(
      "(?i:\\b(?:" + Tsv.alternation(WORDS, "ceiling") + ")\\s+)(?:(" + PeriodResolver.MONTH + ")|Q([1-4])|H([12])"
          + "|(?i:(?:the\\s+)?(first|second|third|fourth)\\s+quarter|(?:the\\s+)?(first|second)\\s+half)(?i:\\s+of)?)(?:,?\\s+|/)" + YEAR);
  /**
   * "in June", "during January", "lifted its export ban on October 16": a month written without its year (not "June 2023",
   * "June 15, 2023", "June last year"), the month the page's figures are for.
   */
  private static final Pattern BARE_MONTH = Pattern.compile(
      "(?i:\\b(?:in|during|for|on)\\s+)(" + PeriodResolver.MONTH + ")(?![\\p{L}])"
          + "(?!(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?i:of\\s+)?(?:19|20)\\d{2}|\\s+(?i:(?:of\\s+)?(?:last|this|next|the\\s+previous)\\s+year))");
  private static final Map<String, Integer> ORDINAL = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);

  /** The present year of a page without a date whose years give {@code latest} (> 0), within the bounds its text sets. */
  static int year(String text, int latest) {
    Matcher b = BARE_MONTH.matcher(text);
    int month = b.find() ? PeriodResolver.month(b.group(1)) : 0;
    if (month == 0) return latest;
    YearMonth reported = YearMonth.of(latest, month);
    YearMonth floor = null;
    for (Matcher m = FLOOR.matcher(text); m.find(); ) {
      int start = PeriodResolver.month(m.group(1));
      if (start == 0) continue;
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), start);
      if (floor == null || ym.isAfter(floor)) floor = ym;
    }
    // The reported month is later than the start of what has run "since" it: the first such month after it.
    if (floor != null && !reported.isAfter(floor)) return floor.getYear() + (month <= floor.getMonthValue() ? 1 : 0);
    for (Matcher m = CEILING.matcher(text); m.find(); ) {
      YearMonth end = ceiling(m);
      // Only the year the text's own reading chose: a bound of another year ("until March 2024" on a page of 2025) says nothing of it.
      if (end != null && end.getYear() == latest && reported.isAfter(end)) return latest - 1;
    }
    return latest;
  }

  /** The last month of the month, quarter or half {@link #CEILING} matched, or null. */
  private static YearMonth ceiling(Matcher m) {
    int year = Integer.parseInt(m.group(6));
    int last;
    if (m.group(1) != null) last = PeriodResolver.month(m.group(1));
    else if (m.group(2) != null) last = 3 * Integer.parseInt(m.group(2));
    else if (m.group(3) != null) last = 6 * Integer.parseInt(m.group(3));
    else if (m.group(4) != null) last = 3 * ORDINAL.get(m.group(4).toLowerCase(java.util.Locale.ROOT));
    else last = 6 * ORDINAL.get(m.group(5).toLowerCase(java.util.Locale.ROOT));
    return last == 0 ? null : YearMonth.of(year, last);
  }
}
