package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a page without a date is about when its only years are fiscal ones: an Australian miner's quarterly ("Full-year
 * sales are expected to be 355,000-360,000t, a 26% rise on FY21, with June quarter shipments …") names no calendar year, and
 * its "June quarter" and "March quarter" belong to the fiscal year after the one it compares with (FY22: the June quarter of
 * 2022). The number a fiscal year is named by is the year its months resolve to ("FY22" → 2022). A fiscal year compared with
 * ("a 26% rise on FY21", "down from 34% in FY22", "compared to FY22") is the year before the text's, which outranks the others
 * a page names ("deferring sales into FY24"); without such a base, the newest fiscal year the text reports on, else the
 * earliest one it plans for ("production of 80,000 to 90,000 tonnes for FY24").
 */
final class FiscalPresent {

  private FiscalPresent() {}

  /** "FY21", "FY 2021", "FY2021-22", "fiscal 2021", "financial year 2022": a fiscal year by its name. */
  private static final Pattern NAMED = Pattern.compile(
      "\\bFY\\s?['’]?(\\d{4}|\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])"
          + "|(?i:\\b(?:fiscal|financial)(?:\\s+year)?\\s+)(20\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])");
  /** … and "2021-22", "2021-2022": two years a fiscal year straddles, where the article's convention is a fiscal one (FiscalNow). */
  private static final Pattern NAMED_OR_STRADDLE = Pattern.compile(NAMED.pattern()
      + "|(?<![\\p{L}\\p{N},.$/-])(20\\d{2})\\s?[-–/]\\s?(20\\d{2}|\\d{2})(?![\\p{N}%/-])");
  /** "the 2022-23 sugar season", "the 2023-24 academic year": years that straddle two, not the fiscal one. */
  private static final Pattern OTHER_YEAR_AFTER = Pattern.compile(
      "(?i)\\s+(?:\\p{L}+\\s+)?(?:season|(?:agricultural|crop|marketing|harvest|sugar|cotton|academic|school|kharif|rabi)\\s+(?:year|season))\\b");

  /**
   * The fiscal year a text is about ({@code year}, 0: none), whether it is the year after a base the text compares with, whether
   * the text only plans for it (it reports on no fiscal year), and the newest fiscal year it reports on by name ({@code
   * reported}, 0: none).
   */
  record Reading(int year, boolean based, boolean planned, int reported) {}

  /** The year of the fiscal year {@code text} is about, or 0 when it names none. */
  static int year(String text) {
    return read(text, false).year();
  }

  /** The fiscal year {@code text} is about, its two-year straddles ("2021-22") counted when {@code straddles}. */
  static Reading read(String text, boolean straddles) {
    int based = 0;
    int reported = 0;
    int planned = 0;
    Matcher m = names(text, straddles);
    while (m.find()) {
      int named = named(m);
      if (named == 0) continue;
      if (straddle(m) && OTHER_YEAR_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
      if (PeriodResolver.comparedBefore(text.substring(Math.max(0, m.start() - 90), m.start()))) {
        based = Math.max(based, named + 1);
      } else if (PresentYear.of(text, m.start(), m.end()) == PresentYear.Role.PLANNED) {
        planned = planned == 0 ? named : Math.min(planned, named);
      } else {
        reported = Math.max(reported, named);
      }
    }
    return new Reading(based > 0 ? based : reported > 0 ? reported : planned, based > 0, based == 0 && reported == 0, reported);
  }

  /** A matcher of the fiscal years {@code text} names ({@link #named} reads each), straddles included when {@code straddles}. */
  static Matcher names(String text, boolean straddles) {
    return (straddles ? NAMED_OR_STRADDLE : NAMED).matcher(text);
  }

  /** The year the fiscal year {@link #names} found is named by ("FY2021-22", "2021-22" → 2022), or 0 for two years apart. */
  static int named(Matcher m) {
    int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
    if (g == 5 && !straddle(m)) return 0;
    String first = m.group(g);
    String second = m.group(g + 1);
    // "FY2021-22": the fiscal year that ends in the second year.
    int named = second != null ? full(second) : full(first);
    return second != null && named != full(first) + 1 ? 0 : named;
  }

  /** Whether {@link #names} found two bare years ("2021-22"), not a fiscal year by its name. */
  private static boolean straddle(Matcher m) {
    return m.groupCount() >= 5 && m.group(5) != null;
  }

  private static int full(String digits) {
    int v = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + v : v;
  }
}
