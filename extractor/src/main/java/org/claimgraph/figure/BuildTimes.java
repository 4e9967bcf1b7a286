package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * How long building or preparing a project takes, or how late it runs, is a measured time, a figure in months or years
 * (GUIDELINES.md, fresh27 call 27 "construction times" and fresh30 call 22), unlike a schedule ("production is expected
 * to start in two years") or a term ("after 36 months"):
 *
 * <pre>
 * "it can be completed in 2.5 years"                                            → 2.5 year
 * "Construction at Goulamina should start in the second quarter of 2022 and last 18 months" → 18 month
 * "the $1.4 billion Rajo Inca project … is 16 months behind schedule"            → 16 month
 * "Sales have risen over the last 18 months", "production will start in two years" → no figure
 * </pre>
 *
 * <p>Pure and stateless; asked only about quantities in units of time.
 */
final class BuildTimes {

  private static final String QUALIFIER = "(?:about\\s+|around\\s+|roughly\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|some\\s+|up\\s+to\\s+|at\\s+least\\s+|nearly\\s+|almost\\s+|just\\s+)?";
  /** "can be completed in 2.5 years", "was built within 18 months": the time a work took to finish. */
  private static final Pattern FINISHED_IN = Pattern.compile(
      "(?i)\\b(?:completed|built|constructed|finished)\\s+(?:with)?in\\s+" + QUALIFIER + "$");
  /** "Construction … should start … and last 18 months": a work that lasts (the verb, not "over the last 18 months"). */
  private static final Pattern WORK_LASTS = Pattern.compile(
      "(?i)\\b(?:construction|building|works?|preparations?|development)\\b[^.;]{0,100}?(?<!\\bthe\\s)(?<!\\bits\\s)(?<!\\btheir\\s)(?<!\\bpast\\s)\\blast(?:s|ed|ing)?\\s+(?:for\\s+)?" + QUALIFIER + "$");
  /** "is 16 months behind schedule": a delay. */
  private static final Pattern LATE_AFTER = Pattern.compile("(?i)^\\s+(?:behind\\s+schedule|late\\b)");

  private BuildTimes() {}

  /** Whether the words before a duration ({@code left}) or after it ({@code right}) make it how long a work takes or how late it runs. */
  static boolean around(String left, String right) {
    return FINISHED_IN.matcher(left).find() || WORK_LASTS.matcher(left).find() || LATE_AFTER.matcher(right).lookingAt();
  }
}
