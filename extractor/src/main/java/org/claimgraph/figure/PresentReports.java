package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A statistics report's sentence in the present tense, which continues the period its lead named as a past-tense one does:
 * "Refined raw copper output stands at 327.3 thousand tons." after "… in 8 months of 2020" (Kazakh statistics copy), "The
 * national export quota for the period totals 18,125 tons." after the quarter's quota, "electric vehicles total 2,566, while
 * hybrids amount to 16,341" after July's registrations. Not a level stated as of now ("The current average stands at $42,700",
 * "the price now stands at US$14.25 per pound", "which currently stand at"): that is the page's present, not the report's.
 * Nor "the total 100,000 target" (a noun after a determiner: no verb), nor a speaker's quoted present ("“The tonnage amounts
 * to one vessel loading up to 40 000 metric tonnes of manganese per month": what the speaker describes as now).
 * (Salvaged from round 33's h/period33c, whose "total N" also read the noun.)
 */
final class PresentReports {

  private PresentReports() {}

  /**
   * A level verb in the present: "stands at", "amounts to", "totals", "total 2,566"; not the noun after a determiner or
   * preposition ("the total 100,000 target", "a total 5,000 units", "in total 300").
   */
  private static final Pattern LEVEL = Pattern.compile(
      "(?i)\\b(?:stands?\\s+at|amounts?\\s+to|totals|(?<!\\b(?:the|a|an|its|their|his|her|our|this|that|of|in|to|for|with)\\s)total\\s+(?=[$€£¥]?\\d))");
  /** The time of writing: "now", "current(ly)", "at present", "today", "as of". */
  private static final Pattern NOW = Pattern.compile("(?i)\\b(?:now|current|currently|at\\s+present|presently|today|as\\s+of)\\b");
  /** Quoted speech: the sentence opens with a quotation mark. */
  private static final Pattern QUOTED = Pattern.compile("^\\s*[\"“‘]");

  /** Whether {@code sentence} reports a level in the present tense of a report's period (not of the time of writing). */
  static boolean continues(String sentence) {
    return LEVEL.matcher(sentence).find() && !QUOTED.matcher(sentence).find() && !NOW.matcher(sentence).find()
        && !PresentYear.forecasts(sentence);
  }
}
