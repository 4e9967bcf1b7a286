package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A count, share or change that runs "since" a month runs from that month to the figure's own month (guidelines, fresh17 call 6:
 * "156,000 rebates … since the scheme started in July 2021" → 2021-07/2023-10; "more than 53% of all new vehicle registrations
 * since July" → 2023-07/2023-10; fresh19: "16 manganese trains … since July this year" → 2023-07/2023-10). Not a record's
 * reference month ("the lowest level since February"), not a price ("Prices have gained 18% since February" keeps its month),
 * not a y/y or m/m change, and not a stock or a single event ("mines … blocked by striking miners since September"): an amount
 * must be a flow counted up (sold, delivered, registered …). The words are in {@code since-spans.tsv}.
 */
final class SinceMonths {
  private SinceMonths() {}

  private static final List<Map<String, String>> WORDS = Tsv.read("since-spans.tsv");
  private static final Pattern MARK = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "mark") + ")\\b");
  private static final Pattern PRICE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "price") + ")\\b");
  /**
   * "since July", "since mid-December", … and the start of a scheme or a plant ("since the scheme started in July 2021", "since it
   * began in January 2011"): "since July 2021", "since July this year", "since January 22", "since December of 2014".
   */
  private static final Pattern SINCE = Pattern.compile("(?i:\\bsince\\s+(?:(?:it|the(?:\\s+\\p{L}+){1,3}|its(?:\\s+\\p{L}+){1,3})\\s+(?:"
      + Tsv.alternation(WORDS, "launch") + ")\\s+(?:in|on)\\s+)?(?:(?:early|mid|late)[\\s-]+)?)(" + PeriodResolver.MONTH + ")"
      + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b|(?i:\\s+(this|last)\\s+year\\b))?");
  /** What an amount counted since the month is: a flow added up, not a level or a state. */
  private static final Pattern FLOW = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "flow") + ")\\b");
  /** A count up to now: "have now been registered", "has granted", "had delivered". */
  private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have)\\s+(?:now\\s+|so\\s+far\\s+|already\\s+)?(?:been\\s+)?\\p{L}+ed\\b");
  /** The figure's clause ends: another number, a semicolon, or a new sentence's frame. */
  private static final Pattern BREAK = Pattern.compile("[;\\d]");
  /**
   * A month named between the figure and "since" dates the figure itself ("Sales rose 12% in September and have risen every
   * month since March": September's rise; the "since" clause speaks of another run).
   */
  private static final Pattern OWN_MONTH = Pattern.compile("\\b(?:" + PeriodResolver.MONTH_NAMES + ")\\b");

  /**
   * The span of the figure of {@code kind} at {@code [fs, fe)} of {@code sentence}, whose settled {@code period} is one month, where
   * the sentence counts it since an earlier month: that month to {@code period} (or, where {@code period} is that start month read
   * from the phrase itself, to the month of {@code date}, the page's). Otherwise {@code period} unchanged.
   */
  static String period(String sentence, int fs, int fe, Kind kind, String basis, String unit, String period, LocalDate date) {
    if (period == null || !period.matches("\\d{4}-\\d{2}")) return period;
    if (kind == Kind.CHANGE && ("yoy".equals(basis) || "mom".equals(basis))) return period;
    if (PlaceResolver.isPrice(unit) || PRICE.matcher(sentence).find() || CumulativeSpans.forecast(sentence)) return period;
    Matcher m = SINCE.matcher(sentence);
    while (m.find()) {
      if (!governs(sentence, m.start(), m.end(), fs, fe, kind)) continue;
      int month = PeriodResolver.month(m.group(1));
      if (month == 0) continue;
      YearMonth end = YearMonth.parse(period);
      YearMonth start = m.group(2) != null ? YearMonth.of(Integer.parseInt(m.group(2)), month)
          : m.group(3) != null && m.group(3).equalsIgnoreCase("last") ? YearMonth.of(end.getYear() - 1, month)
          : YearMonth.of(end.getYear(), month);
      // "since mid-December" on a page of February: the December before.
      if (m.group(2) == null && m.group(3) == null && start.isAfter(end)) start = start.minusYears(1);
      // "more than 1,700 electric cars have now been registered … since it began in January 2011" (a page of September 2012): the
      // count the perfect tense states runs to the page's month, not the start month the sentence names.
      if (start.equals(end) && m.group(2) != null && date != null && PERFECT.matcher(sentence).find()) end = YearMonth.from(date);
      if (!start.isBefore(end) || start.plusMonths(60).isBefore(end)) return period;
      return start + "/" + end;
    }
    return period;
  }

  /**
   * Whether "since" at {@code at} dates the figure: after it in its clause ("have dropped by nearly 33% since July 2021"), or
   * opening the sentence before it ("Since July, registrations …"); and not a record's or superlative's reference.
   */
  private static boolean governs(String sentence, int at, int sinceEnd, int fs, int fe, Kind kind) {
    String lead = sentence.substring(Math.max(0, at - 40), at);
    if (MARK.matcher(lead).find()) return false;
    String gap;
    if (at >= fe) {
      gap = sentence.substring(fe, at);
      if (gap.length() > 90 || OWN_MONTH.matcher(gap).find()) return false;
    } else if (sentence.substring(0, at).isBlank()) {
      gap = sentence.substring(at, fs);
      if (gap.length() > 120 || sinceEnd < fs && OWN_MONTH.matcher(sentence.substring(sinceEnd, fs)).find()) return false;
      gap = gap.replaceFirst("^(?i)since\\s+\\S+(?:\\s+(?:19|20)\\d{2})?", "");
    } else {
      return false;
    }
    if (BREAK.matcher(gap).find()) return false;
    return kind != Kind.AMOUNT || FLOW.matcher(at >= fe ? gap : sentence.substring(fe, Math.min(sentence.length(), fe + 90))).find();
  }
}
