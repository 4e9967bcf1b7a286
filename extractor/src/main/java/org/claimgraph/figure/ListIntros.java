package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The period a list's intro states for the items after it: "2023 imports by item and percent change year-on-year:", "The
 * following is a list of the world's largest cobalt producing countries in 2022:". The items state none of their own, and
 * often no verb ("66,364 t, down 13.5%", "2. Indonesia: 10,000 metric tons"); a careful reader dates them by the intro.
 */
final class ListIntros {

  /** An intro: a line that ends with a colon, not one that opens a quotation ("Dr Jake Whitehead said:"). */
  private static final Pattern INTRO = Pattern.compile(
      // "(?=:)" first: the same matches, without the look-behind at every position of the sentence.
      "(?=:)(?<!\\b(?:said|says|added|explained|noted|stated|told\\s+\\p{L}+)):\\s*$");
  /** A forecast's list ("Analysts expect the following in 2026:") dates nothing the page reports. */
  private static final Pattern FORECAST = Pattern.compile(
      "(?i)\\b(?:will|would|could|might|forecasts?|expects?|expected|projects?|projected|predicts?|predicted|targets?|plans?)\\b");

  private ListIntros() {}

  /** Whether {@code sentence}, a sentence without figures, ends as the intro of a list. */
  static boolean opens(String sentence) {
    return INTRO.matcher(sentence).find();
  }

  /** The first period, not a comparison's base, the intro {@code sentence} states for its list; null when it states none. */
  static String period(String sentence, List<PeriodMention> found) {
    if (FORECAST.matcher(sentence).find()) return null;
    return found.stream().filter(p -> !p.basis()).map(PeriodMention::period).findFirst().orElse(null);
  }
}
