package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A level that stands at the end of a year is that year's December: "At the end of 2022, there were approximately 2,600 public
 * charging stations" → 2022-12, "The total number of EVs registered in the country by the end of 2023 stood at 3,753" →
 * 2023-12, "The country had 5.21 million charging points at the end of 2022" → 2022-12 (a stock at a date is that date's month:
 * GUIDELINES fresh22 call 6, fresh25 "a count 'as of' a date"). What the year added stays the year ("including over 2.59 million
 * built in 2022", "newly registered passenger BEVs was 11,300"), as does a forecast or target "by the end of 2025" (its year)
 * and a change over the year. The words of a stock and of a flow are in {@code year-end-stocks.tsv}.
 */
final class YearEndStocks {

  private static final List<Map<String, String>> WORDS = Tsv.read("year-end-stocks.tsv");
  /** "at the end of 2022", "as of the end of 2022", "by the end of 2023", "as at end-2022", "at the close of 2021": group 1 is the year. */
  private static final Pattern YEAR_END = Pattern.compile(
      "(?i)\\b(?:at|as\\s+(?:of|at)|by)\\s+(?:the\\s+)?(?:very\\s+)?(?:(?:end|close)\\s+of\\s+|end-)((?:19|20)\\d{2})(?![\\d%])");
  private static final Pattern STOCK = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + Tsv.alternation(WORDS, "stock") + ")(?![\\p{L}])");
  private static final Pattern FLOW = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + Tsv.alternation(WORDS, "flow") + ")(?![\\p{L}])");
  /** A target or forecast for the year's end takes the year ("targeting to establish 10,000 … charging stations … by the end of 2025"). */
  private static final Pattern FUTURE = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + Tsv.alternation(WORDS, "future") + ")(?![\\p{L}])");
  /** Where a clause of its own starts before a figure: its stock or flow words are its own ("…, and the number of newly registered …"). */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,\\s+(?:and|but|while|whereas|including)\\b|\\s(?:while|whereas)\\b");
  /** Where a figure's clause ends after it: a comma, a semicolon, a dash or the sentence's end. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;–—]|\\s-\\s|\\.(?:\\s|$)");

  private YearEndStocks() {}

  /**
   * {@code period} (a bare year) as that year's December when the sentence sets the figure (at {@code start}..{@code end} of
   * {@code sentence}) at the end of that year and its clause reads a level, not an amount the year added; else {@code period}.
   * A year whose end has not come by the page's date {@code published} (null when undated) is a target's, whatever its verb
   * ("The network should number 4,000 charging stations by the end of 2024" on a page of June 2023): it keeps the year.
   */
  static String month(String sentence, int start, int end, Kind kind, String period, LocalDate published) {
    if (period == null || kind == Kind.CHANGE || !Regexes.matches(period, "(?:19|20)\\d{2}")) return period;
    if (published != null && published.getYear() <= Integer.parseInt(period)) return period;
    if (!endOf(sentence, period) || CumulativeSpans.forecast(sentence) || FUTURE.matcher(sentence).find()) return period;
    String clause = clause(sentence, start, end);
    if (FLOW.matcher(clause).find() || !STOCK.matcher(clause).find()) return period;
    return period + "-12";
  }

  private static boolean endOf(String sentence, String year) {
    Matcher m = YEAR_END.matcher(sentence);
    while (m.find()) if (m.group(1).equals(year)) return true;
    return false;
  }

  /** The figure's clause: from the last clause break before it to the first clause end after it, its own words on both sides. */
  private static String clause(String sentence, int start, int end) {
    int from = 0;
    Matcher b = CLAUSE_BREAK.matcher(sentence);
    while (b.find() && b.start() < start) from = b.start();
    Matcher e = CLAUSE_END.matcher(sentence);
    int to = e.find(Math.min(end, sentence.length())) ? e.start() : sentence.length();
    return sentence.substring(from, Math.max(to, end));
  }
}
