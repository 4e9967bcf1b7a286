package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * A company's share-price move, or the price its shares trade at, is of the trading day the page reports, the page's month
 * (or the month of the weekday its clause names), not the period of the results the sentence gives as its cause:
 *
 * <pre>
 * "Shares of China Evergrande New Energy Vehicle fell as much as 5.6per cent on Tuesday after … a wider loss for the first half" → 2021-08
 * "Tesla shares fell 4.2% in after-hours trading"                        → the page's month
 * "At 0742 GMT, shares were down 10% at 0.36 pence"                       → the page's month, both figures
 * "Shares of the miner have fallen 30% in the first half of 2024"         → the half its own clause states, as before
 * "Gotion's shares rose by 1.21 percentage points"                        → a market share, not read
 * </pre>
 *
 * Only on a dated page: an undated page's trading day is unknown.
 */
final class TradingDays {

  /**
   * A company's shares or listed stock as the subject ("Shares of Li Auto", "Li Auto Inc shares", "Hong Kong-listed stock",
   * "the share price"), not market shares ("market shares", "shares of new car sales").
   */
  private static final Pattern SHARE_SUBJECT = Pattern.compile(
      "(?i)(?<!\\bmarket\\s)\\b(?:shares|share\\s+price|stock\\s+price|-listed\\s+(?:shares|stock)|stock\\s+(?:was|is)\\s+trading)\\b"
          + "(?!\\s+of\\s+(?:the\\s+|total\\s+|global\\s+|new\\s+|all\\s+)?(?:market|sales|electric|vehicles?|cars?|production|output|demand"
          + "|supply|exports?|imports?|registrations|deliveries|installations|capacity|EVs?\\b(?!\\s+maker))\\b)");
  /** Where the move's own clause ends: the cause or a comparison after it is another clause. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)[,;]|\\.(?:\\s|$)|\\s(?:after|as|following|amid|when|while|because|but|compared)\\b");
  private static final Pattern ON_WEEKDAY = Pattern.compile("\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** At most this far from the subject to the figure. */
  private static final int REACH = 120;

  private TradingDays() {}

  /**
   * The trading day's month of the figure at {@code [start, end)} of {@code sentence}, a percent or a price in {@code unit},
   * when a share subject leads to it and its clause states no period of its own ({@code periods}: the sentence's); else null.
   */
  static String month(String sentence, int start, int end, String unit, List<PeriodMention> periods, PeriodResolver.Context ctx) {
    // A percent moved or a share's price; not a percentage-point change, nor a price per tonne (a commodity's).
    boolean sharePrice = !unit.contains("/") && "Currency".equals(org.claimgraph.lexicon.UnitTable.get().kind(unit));
    if (ctx.articleDate() == null || !unit.equals("percent") && !sharePrice) return null;
    int from = lastSubjectBefore(sentence, start);
    // The move is the subject's own: no clause between them ("… stock plunged almost 10% Friday after …, sold 51,443 units, still
    // up 27% from October 2023": the 27% is the sales').
    if (from < 0 || Regexes.matches(sentence.substring(from, start), "(?s).*[,;].*")) return null;
    Matcher stop = CLAUSE_END.matcher(sentence);
    int to = stop.find(end) ? stop.start() : sentence.length();
    int clauseEnd = to;
    if (periods != null && periods.stream().anyMatch(p -> !p.basis() && p.start() < clauseEnd && p.end() > from)) return null;
    Matcher day = ON_WEEKDAY.matcher(sentence.substring(from, Math.min(sentence.length(), clauseEnd + 30)));
    return day.find() ? PeriodResolver.monthOfWeekday(day.group(1), ctx.articleDate()) : YearMonth.from(ctx.articleDate()).toString();
  }

  /** Where the last share subject within reach before {@code start} starts, or -1. */
  private static int lastSubjectBefore(String sentence, int start) {
    Matcher subject = SHARE_SUBJECT.matcher(sentence);
    int from = -1;
    int scan = Math.max(0, start - REACH);
    while (subject.find(scan) && subject.start() < start) {
      from = subject.start();
      scan = subject.end();
    }
    return from;
  }
}
