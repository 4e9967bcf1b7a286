package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A January–December span of one year is that year (GUIDELINES, fresh30's settled call 2: "the open gold writes full calendar
 * years as the year"): "rose by 46.2 per cent between January and December 2025" → 2025, as the same lead's "in 2025" figures.
 * Written as the year once a figure's period is settled, so that a carry between sentences still sees the months.
 */
final class CalendarYears {

  private CalendarYears() {}

  private static final Pattern WHOLE_YEAR = Pattern.compile("(\\d{4})-01/\\1-12");

  static boolean isWholeYear(String period) {
    return period != null && period.length() == 15 && WHOLE_YEAR.matcher(period).matches();
  }
}
