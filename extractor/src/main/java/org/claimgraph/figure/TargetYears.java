package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * Targets and forecasts named by the end of a decade: "by the end of the decade", "by the decade’s close", "by decade-end"
 * are the decade's closing year, 2030 for a text of the 2020s (guidelines: "Forecasts take the forecast year").
 */
final class TargetYears {
  private TargetYears() {}

  static final Pattern DECADE_END = Pattern.compile(
      "(?i)\\b(?:by|before|until|till|to|towards?|at)\\s+(?:the\\s+)?(?:(?:end|close)\\s+of\\s+(?:the|this)\\s+decade"
          + "|decade['’]s\\s+(?:end|close)|decade[- ]end)\\b");

  /**
   * Whether {@code sentence} forecasts to the end of the decade ("could skyrocket to … 10 lakhs by the decade’s close"): its year
   * is the forecast's own and does not date the sentences after it, which report the present.
   */
  static boolean decadeForecast(String sentence) {
    return DECADE_END.matcher(sentence).find() && CumulativeSpans.forecast(sentence);
  }

  /** The year that closes the decade a text of {@code year} is in: 2023 → 2030, 2020 → 2030. */
  static int decadeEnd(int year) {
    return (year / 10 + 1) * 10;
  }
}
