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

  /** The year of the fiscal year {@code text} is about, or 0 when it names none. */
  static int year(String text) {
    int based = 0;
    int reported = 0;
    int planned = 0;
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      String first = m.group(1) != null ? m.group(1) : m.group(3);
      String second = m.group(1) != null ? m.group(2) : m.group(4);
      // "FY2021-22": the fiscal year that ends in the second year.
      int named = second != null ? full(second) : full(first);
      if (second != null && named != full(first) + 1) continue;
      if (PeriodResolver.comparedBefore(text.substring(Math.max(0, m.start() - 90), m.start()))) {
        based = Math.max(based, named + 1);
      } else if (PresentYear.of(text, m.start(), m.end()) == PresentYear.Role.PLANNED) {
        planned = planned == 0 ? named : Math.min(planned, named);
      } else {
        reported = Math.max(reported, named);
      }
    }
    return based > 0 ? based : reported > 0 ? reported : planned;
  }

  private static int full(String digits) {
    int v = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + v : v;
  }
}
