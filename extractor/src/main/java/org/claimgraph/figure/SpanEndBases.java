package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * The basis of a change told beside the two ends of its span: "rose from 304 in 2023 to 680 in 2024, a 124 percent increase",
 * "went up by 10.42% from PhP110.43 billion in 2017 to PhP121.94 billion in 2018", "From the fourth quarter 2023 to first quarter
 * 2024, … declined by 3.54pc", "Between the end of 2016 and 2021, the network grew four-fold". The ends say what the change
 * compares, whatever other words the sentence uses: a year apart (the same month, quarter or year end a year later) is yoy, the
 * next month mom, the next quarter qoq, anything else vs-period. Pure and stateless.
 */
final class SpanEndBases {

  /** The word opening a span and the one joining its ends. */
  private static final Pattern OPEN = Pattern.compile("(?i)\\b(from|between)\\b");
  /** From the opening word to the first end: a level may come between ("from 89 at the end of "), no clause break. */
  private static final Pattern TO_FIRST = Pattern.compile("(?is)[^;%]{0,50}");
  /** Between the ends: "… to 680 in ", " up to 264 by ", " and the end of "; no clause break. */
  private static final Pattern JOIN_FROM = Pattern.compile("(?is)[^;%]{0,50}?\\bto\\b[^;%]{0,50}");
  private static final Pattern JOIN_BETWEEN = Pattern.compile("(?is)[^;%\\d]{0,10}?\\band\\b[^;%\\d]{0,20}");
  /** A change before its span: "went up by 10.42% ", "a 56% increase in the number of hubs …, up ": no number, no clause break. */
  private static final Pattern CHANGE_BEFORE = Pattern.compile("(?is)[^;\\d]{0,80}");
  /** A change after its span: ", a 124 percent increase", " – an increase of almost ", ", the … was recorded for … (": no number. */
  private static final Pattern CHANGE_AFTER = Pattern.compile("(?is)[^;\\d]{0,100}");
  /** Words between the span and a change after it that start a clause of its own ("… and are expected to rise 20%"): span-end-breaks.tsv. */
  private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)\\b(?:" + Tsv.read("span-end-breaks.tsv").stream().map(row -> Pattern.quote(row.get("form")))
      .collect(Collectors.joining("|")) + ")\\b");

  /** The periods compared: a year, a month or an interval of them. */
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(?:-\\d{2})?(?:/\\d{4}(?:-\\d{2})?)?");

  private SpanEndBases() {}

  /**
   * The basis of the change at {@code [start, end)} of {@code sentence} from the span whose two ends it is told beside, or null
   * when it is told beside none. {@code afterToo}: whether a change written after its span may take the span's basis; false
   * where the change's own words already gave one ("20% lower than in 2019", "up 40% since 2020": vs-period stays), while a
   * change before a span ("went up by 10.42% from … in 2017 to … in 2018") had its vs-period from that span's own "from".
   */
  static String basis(String sentence, int start, int end, List<PeriodMention> periods, boolean afterToo) {
    if (periods == null || periods.size() < 2) return null;
    Matcher open = OPEN.matcher(sentence);
    while (open.find()) {
      boolean between = open.group(1).equalsIgnoreCase("between");
      PeriodMention first = next(periods, open.end());
      if (first == null || !TO_FIRST.matcher(sentence.substring(open.end(), first.start())).matches()) continue;
      PeriodMention second = next(periods, first.end());
      if (second == null) continue;
      String join = sentence.substring(first.end(), second.start());
      if (!(between ? JOIN_BETWEEN : JOIN_FROM).matcher(join).matches()) continue;
      // the change inside the span is one of its levels' moves, not told beside it
      if (start >= open.start() && start < second.end()) continue;
      // no clause break and no other time between the change and its span ("fell 5% in March, but sales grew from 2022 to 2023")
      String lead = end <= open.start() ? sentence.substring(end, open.start()) : null;
      boolean before = lead != null && CHANGE_BEFORE.matcher(lead).matches() && !OWN_CLAUSE.matcher(lead).find()
          && !timeWithin(periods, end, open.start());
      String gap = afterToo && start >= second.end() ? sentence.substring(second.end(), start) : null;
      boolean after = gap != null && CHANGE_AFTER.matcher(gap).matches() && !OWN_CLAUSE.matcher(gap).find()
          && !timeWithin(periods, second.end(), start);
      if (!before && !after) continue;
      String compared = compare(first.period(), second.period());
      if (compared != null) return compared;
    }
    return null;
  }

  /** Whether a time expression lies wholly within {@code [from, to)}. */
  private static boolean timeWithin(List<PeriodMention> periods, int from, int to) {
    for (PeriodMention p : periods) if (p.start() >= from && p.end() <= to) return true;
    return false;
  }

  /** The first time expression starting at or after {@code from}. */
  private static PeriodMention next(List<PeriodMention> periods, int from) {
    PeriodMention best = null;
    for (PeriodMention p : periods) {
      if (p.start() >= from && (best == null || p.start() < best.start())) best = p;
    }
    return best;
  }

  /** What a change from {@code a} to {@code b} compares: yoy, mom, qoq or vs-period. */
  static String compare(String a, String b) {
    if (a == null || b == null || !PERIOD.matcher(a).matches() || !PERIOD.matcher(b).matches()) return null;
    YearMonth[] x = ends(a);
    YearMonth[] y = ends(b);
    // a year written alone stands for its end beside a month ("from the end of 2021 to … December 2022")
    if (a.length() == 4 && b.length() == 7) x = new YearMonth[] {x[1], x[1]};
    if (b.length() == 4 && a.length() == 7) y = new YearMonth[] {y[1], y[1]};
    if (x[0].plusYears(1).equals(y[0]) && x[1].plusYears(1).equals(y[1])) return "yoy";
    if (a.length() == 7 && b.length() == 7 && x[0].plusMonths(1).equals(y[0])) return "mom";
    if (isQuarter(x) && isQuarter(y) && x[0].plusMonths(3).equals(y[0])) return ChangeRules.QUARTER_BASIS;
    return "vs-period";
  }

  /** The first and last month of a year, month or interval. */
  private static YearMonth[] ends(String period) {
    if (period.contains("/")) {
      String[] p = period.split("/");
      return new YearMonth[] {month(p[0], false), month(p[1], true)};
    }
    return new YearMonth[] {month(period, false), month(period, true)};
  }

  private static YearMonth month(String p, boolean last) {
    if (p.length() == 4) return YearMonth.of(Integer.parseInt(p), last ? 12 : 1);
    return YearMonth.parse(p.substring(0, 7));
  }

  /** "2025-01/2025-03": three months starting a calendar quarter. */
  private static boolean isQuarter(YearMonth[] m) {
    return (m[0].getMonthValue() - 1) % 3 == 0 && m[0].plusMonths(2).equals(m[1]);
  }
}
