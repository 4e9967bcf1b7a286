package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A change compared with a year named as its base is a change on the year before when the change's own period is a month or
 * months of the next year (round 19, smoke19): "Imports in December were 4,704 tons, down 34.8% from 2011" (December 2012),
 * "a 3.9% fall from the total exported in 2024" (January–December 2025) → yoy, as a year against the year before already is
 * (ChangeRules.basisOf); a change of January–May 2025 "up 40% from 2021" stays a change over the span (vs-period).
 */
final class YearBases {

  /** The words between the change and its base year: a comparison, without a span ("since", "between") or a level. */
  private static final Pattern COMPARED = Pattern.compile(
      "(?is)[^\\d]*\\b(?:from|over|on|compar(?:ed|ison)\\s+(?:to|with)|relative\\s+to|versus|vs\\.?|than|against)\\b[^\\d]*");
  private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:since|between|until|through)\\b");

  private YearBases() {}

  /** Whether the change of {@code period} (null when unknown) compared with the year {@code ref} is a change on the year before. */
  static boolean yoy(PeriodMention ref, String period, String between) {
    if (ref.period() == null || !ref.period().matches("\\d{4}") || ref.month() > 0) return false;
    if (!COMPARED.matcher(between).matches() || SPAN.matcher(between).find()) return false;
    // Without a period of its own the change stays as read: on a page the base year may be years back ("Prices are 3 times
    // higher than in 2020" on a 2025 page, ChangeRulesTest; "EVs now represent … a 150 per cent increase on 2022" in 2024).
    if (period == null) return false;
    String next = String.valueOf(Integer.parseInt(ref.period()) + 1);
    // a month or months of the next year; the next year itself is already y/y in ChangeRules.basisOf
    return period.length() > 4 && period.startsWith(next) && (!period.contains("/") || period.substring(period.indexOf('/') + 1).startsWith(next));
  }
}
