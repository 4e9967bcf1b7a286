package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The levels a change compares, where its sentence states them, and what that tells about the
 * comparison base: its period, its kind, and the change's basis.
 *
 * <pre>
 * "exports rose 4.2% to 3,251 t, from 3,120 t a year earlier" (July 2025)
 *     → 4.2% change, from 3,120 t (period 2024-07), to 3,251 t; basis yoy
 * "fell to zero in March from 2,410 t in February"    → 2,410 t has period February
 * "accounted for 6.8% of the market, down from 8.2% last year" → 8.2% is a share, of a year before
 * "against 85,300 t in the same period of 2023"        → 85,300 t has the same period of 2023
 * </pre>
 *
 * Pure: works on the figures of one sentence, returns them with kinds, periods, bases and links set.
 */
public final class ComparisonLinks {

  /** Words that make the number after them what another is compared with. */
  private static final Pattern BASE_BEFORE = Pattern.compile(
      // "in comparison to 1,782 during the same period in 2021", "compared to just 376 units", "up from a mere 1%": a base all the same.
      "(?i)(?:\\bfrom|\\bagainst|\\bthan|compar(?:ed|ison)\\s+(?:to|with)|\\bversus|\\bvs\\.?|\\bover)\\s+(?:(?:a|an|the|its|their)\\s+)?"
          + "(?:(?:just|only|mere|about|around|nearly|almost|roughly|approximately|some)\\s+)?"
          + "(?:(?:\\p{L}+['’]s|record|revised|seven-month|year-ago|previous|prior|earlier)\\s+)?(?:(?:high|low|level|total|figure|production|output|volume|amount)\\s+of\\s+)?$");
  // "compared with 7 million kilograms shipped the year earlier", "from 2,800 MT the year previous": as "a year earlier".
  private static final Pattern YEAR_EARLIER = Pattern.compile(
      "(?i)^[^.;]{0,40}?\\b(?:(?:a|one|1)\\s+year\\s+(?:earlier|ago|before)|the\\s+year\\s+(?:earlier|before|previous)|(?:in\\s+)?the\\s+(?:same|corresponding)\\s+(?:period|month|quarter|time(?:frame)?)\\s+(?:of\\s+)?(?:last|the\\s+previous|a)\\s+year"
          + "|(?:in\\s+)?the\\s+(?:same|corresponding)\\s+(?:period|month|quarter|time(?:frame)?)\\s+(?:a\\s+year\\s+(?:earlier|ago))|last\\s+year|year[- ]ago|the\\s+previous\\s+year|the\\s+prior\\s+year)\\b");
  private static final Pattern SAME_IN_YEAR = Pattern.compile(
      "(?i)^[^.;]{0,40}?\\bthe\\s+(?:same|corresponding|similar)\\s+(?:period|month|quarter|time(?:frame)?)\\s+(?:(?:of|in)\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_EARLIER = Pattern.compile(
      "(?i)^[^.;]{0,40}?\\b(?:a\\s+month\\s+(?:earlier|ago|before)|(?:the\\s+)?(?:previous|prior|preceding)\\s+month|last\\s+month)\\b");
  private static final Pattern THE_YEAR_BEFORE = Pattern.compile("(?i)^\\s*(?:in\\s+)?the\\s+(?:(?:previous|prior|preceding)\\s+year|year\\s+before)\\b");
  private static final Pattern QUARTER_EARLIER = Pattern.compile(
      "(?i)^[^.;]{0,40}?\\b(?:a\\s+quarter\\s+(?:earlier|ago|before)|(?:the\\s+)?(?:previous|prior|preceding)\\s+quarter)\\b");
  private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\b(?:to|at|reaching|reached|hit|hitting|totall?ing|of)\\s+(?:about\\s+|nearly\\s+|some\\s+|a\\s+record\\s+)?$");

  private ComparisonLinks() {}

  /** Whether the figure at {@code at} of {@code sentence} is written as a comparison's base ("from 14.8%", "compared with 17%"). */
  static boolean baseBefore(String sentence, int at) {
    return at >= 0 && at <= sentence.length() && BASE_BEFORE.matcher(sentence.substring(Math.max(0, at - 40), at)).find();
  }

  /**
   * The figures of one sentence with their comparisons resolved.
   *
   * @param figures  the sentence's figures in text order
   * @param sentence its text
   * @param base     the article offset of its first character
   * @param date     the article's date, or null
   */
  public static List<Figure> link(List<Figure> figures, String sentence, int base, LocalDate date) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) {
      Figure b = out.get(i);
      if (b.kind() == Kind.CHANGE) continue;
      int bs = b.evidence().start() - base;
      int be = b.evidence().end() - base;
      if (!BASE_BEFORE.matcher(sentence.substring(Math.max(0, bs - 40), bs)).find()) continue;
      int to = level(out, i, sentence, base);
      int change = change(out, i);
      // "compared to 8.63 metric tons in July when volumes more than doubled": a figure of a when-clause after the base is of that
      // clause's time, not what the base is compared with (WhenClauses).
      if (to >= 0 && b.period() != null && WhenClauses.opensBetween(sentence, be, out.get(to).evidence().start() - base)) to = -1;
      if (change >= 0 && b.period() != null && WhenClauses.opensBetween(sentence, be, out.get(change).evidence().start() - base)) change = -1;
      if (to < 0 && change < 0) continue;
      Figure t = to < 0 ? null : out.get(to);
      Figure c = change < 0 ? null : out.get(change);
      // The base of a share is a share: "accounted for 6.8% … down from 8.2% last year".
      Kind kind = t != null && t.kind() == Kind.SHARE && b.quantity().unit().equals(t.quantity().unit()) ? Kind.SHARE : b.kind();
      String after = sentence.substring(be);
      String basis = c == null ? null : c.basis();
      String reference = t != null ? t.period() : c != null ? c.period() : null;
      String period = basePeriod(b.period(), reference, after, basis);
      out.set(i, b.asBase(kind, period));
      if (c != null && c.fromLevel() == null) {
        String cb = c.basis() != null && !(VS_PERIOD.equals(c.basis()) && nextPeriod(period, reference) && !namesSpan(sentence, c, b, base))
            ? c.basis() : basisBetween(period, reference);
        Figure linked = c.withLevels(Figure.Ref.of(b), t == null ? null : Figure.Ref.of(t), cb);
        // A change's period is that of its newer value: "surged 69.9% to $54,674.58/mt on Dec. 9".
        if (linked.period() == null && t != null && t.period() != null) {
          linked = new Figure(linked.quantity(), linked.kind(), basisBetween(period, t.period()) != null && c.basis() == null
              ? basisBetween(period, t.period()) : linked.basis(), linked.direction(), t.period(), linked.measure(), linked.place(),
              linked.attribution(), linked.evidence(), linked.fromLevel(), linked.toLevel());
        }
        out.set(change, linked);
      }
    }
    return out;
  }

  /** Whether {@code after} (the text after a figure) names the span a base is of: "in the same month in 2021", "a year earlier". */
  static boolean namesSameSpan(String after) {
    return SAME_IN_YEAR.matcher(after).find() || YEAR_EARLIER.matcher(after).find() && !THE_YEAR_BEFORE.matcher(after).find();
  }

  /**
   * The period of a comparison base: its own, else the period of what it is compared with
   * moved back by the comparison ("3,120 t a year earlier" for July 2025 → 2024-07; "14,483 t
   * in the same timeframe in 2023" for January–February 2024 → 2023-01/2023-02).
   *
   * @param own       the base's own period, or null
   * @param reference the period of the level or change it is the base of, or null
   * @param after     the sentence text after the base
   * @param basis     the change's basis, or null
   */
  static String basePeriod(String own, String reference, String after, String basis) {
    String period = own;
    Matcher inYear = SAME_IN_YEAR.matcher(after);
    // "14,483 t in the same timeframe in 2023" for January–February 2024 → 2023-01/2023-02; also over a period the base took
    // from its sentence ("from 50 in the same period of 2021" after "in January-November 2022", "23,869 units sold in the same
    // period in 2022" after "this year"): the sentence names the base's year, and its span is the reference's.
    if (reference != null && inYear.find() && (period == null || period.equals(reference) || !period.startsWith(inYear.group(1)))) {
      period = shift(reference, 12 * (Integer.parseInt(inYear.group(1)) - Integer.parseInt(reference.substring(0, 4))));
    }
    // "from well over $1,000 per kilowatt hour in 2010 to $141 per kWh last year" read alone: a range's start keeps the year written
    // with it, even where an undated text's "last year" came out as that same year (not "$107 million, down from $168 million in
    // the December 2023 quarter": there the year is the sentence's, and the base is a year back).
    if (period != null && period.equals(reference) && writtenStartYear(after, period)) return period;
    if (period == null || period.equals(reference)) {
      // No period of its own: a year or a month before the level it is compared with.
      if (YEAR_EARLIER.matcher(after).find() || period != null && "yoy".equals(basis)) period = shift(reference, -12);
      else if (MONTH_EARLIER.matcher(after).find() || period != null && "mom".equals(basis)) period = shift(reference, -1);
      // "compared to 2,722 tons reported in the previous quarter" for the second quarter → the first.
      else if (QUARTER_EARLIER.matcher(after).find()) period = shift(reference, -3);
    }
    // "down from 8.2% last year" for September: September of last year, not the whole year.
    String yearBefore = shift(reference, -12);
    // Not "up from 0.3Mt in the previous year" after "in the first 11 months of 2024": that year as a whole.
    if (period != null && period.length() == 4 && reference != null && reference.length() > 4 && yearBefore != null
        && yearBefore.startsWith(period) && !THE_YEAR_BEFORE.matcher(after).find()) {
      period = yearBefore;
    }
    return period;
  }

  /** A range's start with its year written after it, then the level it runs to: " in 2010 to $141". */
  private static final Pattern START_YEAR_THEN_TO = Pattern.compile(
      "^[^\\d.;]{0,40}?(?<![\\p{L}\\p{N}])((?:19|20)\\d{2})(?!\\p{N})[^\\d.;]{0,20}?\\bto\\s+(?:about\\s+|around\\s+|nearly\\s+|just\\s+)?(?:US)?[$€£¥]?\\d");

  /** Whether the year of {@code period} is written right after a base that a range runs from ({@code after} is the text after it). */
  private static boolean writtenStartYear(String after, String period) {
    Matcher m = START_YEAR_THEN_TO.matcher(after);
    return m.find() && period.startsWith(m.group(1));
  }

  /**
   * What the figure {@code f} of a sentence is the comparison base of: the level it is compared
   * with, else the change, else null when it is no base ("down from 34% recorded in the same
   * month last year" → the 29.8% the sentence states before it).
   */
  static Figure comparedWith(List<Figure> fs, Figure f, String sentence, int base) {
    int i = fs.indexOf(f);
    if (i < 0 || f.kind() == Kind.CHANGE) return null;
    int bs = f.evidence().start() - base;
    if (!BASE_BEFORE.matcher(sentence.substring(Math.max(0, bs - 40), bs)).find()) return null;
    int to = level(fs, i, sentence, base);
    if (to >= 0) return fs.get(to);
    int change = change(fs, i);
    return change < 0 ? null : fs.get(change);
  }

  /** The level a base is compared with: the nearest non-change figure of the same unit, before it, else after it. */
  private static int level(List<Figure> fs, int i, String sentence, int base) {
    Figure b = fs.get(i);
    for (int j = i - 1; j >= 0; j--) {
      Figure f = fs.get(j);
      if (f.kind() != Kind.CHANGE && f.quantity().unit().equals(b.quantity().unit())) return j;
    }
    for (int j = i + 1; j < fs.size(); j++) {
      Figure f = fs.get(j);
      if (f.kind() != Kind.CHANGE && f.quantity().unit().equals(b.quantity().unit())
          && TO_BEFORE.matcher(sentence.substring(0, f.evidence().start() - base)).find()) return j;
    }
    return -1;
  }

  /** The change a base belongs to: the nearest change before it, else right after it. */
  private static int change(List<Figure> fs, int i) {
    for (int j = i - 1; j >= 0; j--) if (fs.get(j).kind() == Kind.CHANGE) return j;
    for (int j = i + 1; j < fs.size() && j <= i + 1; j++) if (fs.get(j).kind() == Kind.CHANGE) return j;
    return -1;
  }

  private static final String VS_PERIOD = "vs-period";
  /** "since February", "between 2019 and 2025", "so far this year": a span the change names itself. */
  private static final Pattern SPAN_WORDS = Pattern.compile("(?i)\\b(?:since|between|so\\s+far|beginning|start)\\b");

  /**
   * Whether {@code newer} is the period right after {@code base} (the next month, quarter or year, or the
   * same months a year on): "increased by 1.9% from 2,620,874 tonnes in 2020 to 2,669,667 tonnes in 2021",
   * "a 12 percent increase from 732,583.45 metric tonnes recorded in 2023" (of 2024's production), "up 16% to
   * 173,600 tonnes from 149,600 tonnes in the previous quarter": the comparison is y/y, m/m or q/q, not vs-period.
   */
  static boolean nextPeriod(String base, String newer) {
    String b = basisBetween(base, newer);
    return b != null && !VS_PERIOD.equals(b);
  }

  /** Whether the words between a change and its base name a span ("since", "between"), which stays vs-period. */
  private static boolean namesSpan(String sentence, Figure change, Figure baseFigure, int offset) {
    int from = Math.min(change.evidence().end(), baseFigure.evidence().end()) - offset;
    int to = Math.max(change.evidence().start(), baseFigure.evidence().start()) - offset;
    return from < to && SPAN_WORDS.matcher(sentence.substring(from, to)).find();
  }

  /** mom, yoy, qoq or vs-period between a base period and a newer one; null when either is unknown. */
  static String basisBetween(String base, String newer) {
    if (base == null || newer == null || base.equals(newer)) return null;
    if (base.length() == 7 && newer.length() == 7) {
      YearMonth a = YearMonth.parse(base);
      YearMonth b = YearMonth.parse(newer);
      if (a.plusMonths(1).equals(b)) return "mom";
      if (a.plusYears(1).equals(b)) return "yoy";
      return "vs-period";
    }
    if (base.length() == newer.length() && shift(base, 12) != null && shift(base, 12).equals(newer)) return "yoy";
    // "from 149,600 tonnes in the previous quarter" (April–June) for July–September: the quarter before.
    if (isQuarter(base) && isQuarter(newer) && shift(base, 3).equals(newer)) return ChangeRules.QUARTER_BASIS;
    return "vs-period";
  }

  /** "2023-07/2023-09": three months starting a calendar quarter. */
  private static boolean isQuarter(String period) {
    String[] p = period.split("/");
    if (p.length != 2 || p[0].length() != 7 || p[1].length() != 7) return false;
    YearMonth from = YearMonth.parse(p[0]);
    return (from.getMonthValue() - 1) % 3 == 0 && from.plusMonths(2).equals(YearMonth.parse(p[1]));
  }

  /** The period {@code months} later (negative: earlier): month, year, interval of months or days. */
  static String shift(String period, int months) {
    if (period == null) return null;
    StringBuilder b = new StringBuilder();
    for (String p : period.split("/")) {
      if (b.length() > 0) b.append('/');
      if (p.length() == 4) {
        if (months % 12 != 0) return null;
        b.append(Integer.parseInt(p) + months / 12);
      } else if (p.length() == 7) {
        b.append(YearMonth.parse(p).plusMonths(months));
      } else {
        b.append(LocalDate.parse(p).plusMonths(months));
      }
    }
    return b.toString();
  }

  /** For tests. */
  static boolean isBase(String before) {
    Matcher m = BASE_BEFORE.matcher(before);
    return m.find();
  }
}
