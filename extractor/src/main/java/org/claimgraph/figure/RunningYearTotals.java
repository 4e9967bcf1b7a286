package org.claimgraph.figure;

import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * "This year" of a sentence in the past or perfect tense, on a dated page, is the year to date: "Korea's electric vehicle
 * (EV) exports for this year have more than doubled from those of 2018" (2019-11-12: 2019-01/2019-10), "nearly 3,800
 * American-made electric cars were shipped to Georgia this year" (2025-09-28: 2025-01/2025-08), "have surged to 87,485 tons
 * this year from just 1,006 tons in 2023" (GUIDELINES, Periods: settled in round 33). The span runs to the month the text's
 * data run to, as "so far this year" does. Not a forecast, target, quota or estimate for the year, a time within it
 * ("earlier this year", "by the end of this year"), a rate or an average, nor a level set from a point in time (lexicon
 * {@code this-year-keeps.tsv}): those keep the year. Not on a page without a date: whether its text fixes the month is
 * left to the running spans ({@code CumulativeSpans}).
 */
final class RunningYearTotals {

  private RunningYearTotals() {}

  /**
   * A verb in the simple past or the perfect: "have more than doubled", "has increased", "were shipped", "sold", "rose", "shot
   * up", "accounted for". Lower-case "-ed" words, not names ("United") nor "hundred"/"speed"/"exceed", nor an adjective after a
   * determiner ("THE continued favourable copper price … are likely to boost").
   */
  private static final Pattern PAST_OR_PERFECT = Pattern.compile(
      "\\b(?:ha(?:s|ve|d)\\s+(?:\\p{L}+\\s+){0,3}?(?:been\\s+)?\\p{Ll}+(?:ed|en|wn|ot|ung|ld|ew)|was|were|sold|grew|rose|fell|shot|hit|saw|made|took|won|spent)\\b"
          + "|(?<!\\b(?i:the|a|an|its|their|this|of)\\s)\\b(?!hundred\\b)\\p{Ll}{2,}[\\p{Ll}&&[^e]]ed\\b");
  /** What keeps the whole year (this-year-keeps.tsv, lower case): "expected", "target", "earlier this year", "averaging". */
  private static final Pattern KEEPS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:"
      + Tsv.literalAlternation(Tsv.read("this-year-keeps.tsv"), "phrase") + ")(?![\\p{L}\\p{N}])");

  /**
   * "the first half of this year", "October of this year", "in June this year", "since July this year", "in the same period this
   * year": a span or month of its own, which other readers take.
   */
  private static final Pattern OF_BEFORE = Pattern.compile(
      "(?i)(?:\\bof|\\bperiod|\\b(?:" + PeriodResolver.MONTH + ")\\.?)\\s+$");

  /**
   * Whether "this year" at {@code [start, end)} of {@code sentence} is the year to date: the sentence reports in the past or
   * perfect tense and nothing in it keeps the whole year.
   */
  static boolean toDate(String sentence, int start, int end) {
    if (OF_BEFORE.matcher(sentence.substring(Math.max(0, start - 12), start)).find()) return false;
    return PAST_OR_PERFECT.matcher(sentence).find() && !KEEPS.matcher(sentence).find() && !PresentYear.forecasts(sentence);
  }
}
