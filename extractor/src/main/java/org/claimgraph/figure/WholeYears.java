package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A figure stated "for the year", "over the year", "for the full year" (lexicon {@code whole-year-phrases.tsv}) is the whole year
 * the text reports, not the month or half the text ran on: "Chilean lithium carbonate exports remained elevated in December at
 * 19.5Kt, amounting to 233.7Kt for the year" is December's 19.5Kt and the year's 233.7Kt. {@link PeriodResolver} makes each phrase
 * a time expression of that year, so a figure takes it as it takes any other.
 */
final class WholeYears {

  private WholeYears() {}

  /**
   * A phrase, not followed by what makes it a part of a year or another year ("for the year-to-date period", "for the year so
   * far", "over the year-earlier period", "the year ended June", "for the year 2024"), nor by a possessive ("the year's first two
   * months").
   */
  private static final Pattern PHRASE;
  /** "a new low for the year", "the highest monthly share for the year": the scope of a superlative, not a span of data. */
  private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:\\p{L}+est|high|low|record|peak|best|worst)\\b(?:[\\s-]+\\p{L}+){0,3}\\s+$");

  static {
    List<String> phrases = new ArrayList<>();
    for (var row : Tsv.read("whole-year-phrases.tsv")) phrases.add(Pattern.quote(row.get("phrase")).replace(" ", "\\E\\s+\\Q"));
    PHRASE = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}'’-]|\\s*(?:-|to\\b|so\\s+far|thus\\s+far|"
        + "until|till|through|ended|ending|earlier|ago|before|of\\b|(?:19|20)\\d{2}))");
  }

  /** Whether {@code sentence} states a figure for a whole year. */
  static boolean found(String sentence) {
    return !phrases(sentence).isEmpty();
  }

  /** The whole-year phrases of {@code sentence}, each as {start, end}. */
  static List<int[]> phrases(String sentence) {
    List<int[]> out = new ArrayList<>();
    if (sentence.toLowerCase(Locale.ROOT).indexOf("year") < 0) return out;
    Matcher m = PHRASE.matcher(sentence);
    while (m.find()) {
      if (SUPERLATIVE_BEFORE.matcher(sentence.substring(0, m.start())).find()) continue;
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /**
   * The period a phrase at {@code start} stands for: the year of the time expression right before it in its sentence that is no
   * comparison's base ("in December at 19.5Kt, amounting to 233.7Kt for the year": December's year), and a fiscal year before it
   * the whole of that fiscal year ("in FY24 … for the year": twelve months across the turn of a year); else {@code dataYear}, the
   * year of the month the text's data run to; null when there is none, and the phrase dates nothing.
   */
  static String period(List<PeriodMention> before, int start, int dataYear) {
    PeriodMention last = null;
    for (PeriodMention p : before) {
      if (p.end() <= start && !p.basis() && Character.isDigit(p.period().charAt(0)) && (last == null || p.end() > last.end())) last = p;
    }
    if (last == null) return dataYear > 0 ? Integer.toString(dataYear) : null;
    if (TWELVE_MONTHS.matcher(last.period()).matches()) {
      YearMonth from = YearMonth.parse(last.period().substring(0, 7));
      if (from.getMonthValue() != 1 && from.plusMonths(11).toString().equals(last.period().substring(8))) return last.period();
    }
    String end = last.period().contains("/") ? last.period().substring(last.period().indexOf('/') + 1) : last.period();
    return end.substring(0, 4);
  }

  private static final Pattern TWELVE_MONTHS = Pattern.compile("\\d{4}-\\d{2}/\\d{4}-\\d{2}");
}
