package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A flow counted up to a month of its year: "exports … fell by about 17 per cent as of July", "By the end of June, … a 71%
 * market share based on vehicle registrations", "registered a surplus of $146 million by end June 2006", "sales so far in
 * 2018" run from January to that month (guidelines: "year to date" → January to the latest month; "first nine months" →
 * January to September). A stock, a price or a forecast at that month stays the month ("As of the end of May, China had
 * erected 9.92 million chargers", "By August 2023, that price was reduced to …", "By December 2025, NEVs will account
 * for …").
 */
final class CumulativeSpans {
  private CumulativeSpans() {}

  /**
   * "as of July", "as of the end of August", "as at October, 2018", "by the end of June", "by end-June 2006", "by September 2023",
   * "at the end of July 2020" (a flow summed to the month: f29-m-03's port traffic, fresh29 call 5),
   * and with a day, "as of February 14, 2025" (a flow to a day is the year to that month: f20-e-14's gold). The old day
   * look-ahead only ever held for "May": every other month backtracked to its abbreviation ("Feb" + "ruary 14").
   */
  private static final Pattern TO_MONTH = Pattern.compile(
      "(?i:\\b(?:as\\s+(?:of|at)|by|at\\s+(?:the\\s+)?end[\\s-]+of)\\s+(?:the\\s+)?(?:end[\\s-]+(?:of\\s+)?)?)(" + PeriodResolver.MONTH + ")"
          + "(?:,?\\s+(?:of\\s+)?(?:this\\s+year|(?:19|20)\\d{2}))?");
  /** "so far in 2022", "in 2023 so far", "thus far in 2018": group 1 or 2 is the year. */
  static final Pattern SO_FAR_IN_YEAR = Pattern.compile(
      "(?i)\\b(?:so|thus)\\s+far\\s+in\\s+((?:19|20)\\d{2})\\b|\\bin\\s+((?:19|20)\\d{2})\\s+(?:so|thus)\\s+far\\b");
  private static final List<Map<String, String>> WORDS = Tsv.read("cumulative-flows.tsv");
  /** What was counted over the months: trade, sales, output, earnings, traffic, a share of sales. */
  private static final Pattern FLOW = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "flow") + ")\\b");
  /** A stock, a price, a monthly rate: its level at the month is the month's. */
  private static final Pattern STOCK = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "stock") + ")\\b");
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|could|might|expects?|expected|forecasts?|projects?|projected|targets?|aims?|plans?|set\\s+to)\\b");

  /**
   * The span of a figure whose period is one month, where its sentence counts a flow up to that month: January to the month.
   * Otherwise {@code period} unchanged.
   */
  static String yearToMonth(String sentence, String period) {
    if (period == null || !Regexes.matches(period, "\\d{4}-\\d{2}") || period.endsWith("-01")) return period;
    // "the number of registered motor vehicles … reached 5.3 million": "registered" before the vehicles names a fleet, no flow.
    if (!FLOW.matcher(RegisteredFleets.withoutFleets(sentence)).find() || STOCK.matcher(sentence).find() || FUTURE.matcher(sentence).find()) {
      return period;
    }
    int month = Integer.parseInt(period.substring(5));
    Matcher m = TO_MONTH.matcher(sentence);
    while (m.find()) {
      if (PeriodResolver.month(m.group(1)) == month) return period.substring(0, 4) + "-01/" + period;
    }
    return period;
  }

  /** Whether {@code sentence} forecasts or aims ("the sector now expects an overall 30.6% market decline by the end of the year"). */
  static boolean forecast(String sentence) {
    return FUTURE.matcher(sentence).find();
  }

  /** "so far in 2022" with the month the text's data run to: January to that month of the year, or null. */
  static String soFarIn(String stated, YearMonth data) {
    int year = Integer.parseInt(stated);
    if (data == null || data.getYear() != year || data.getMonthValue() == 12) return Integer.toString(year);
    return data.getMonthValue() == 1 ? data.toString() : year + "-01/" + data;
  }
}
