package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A percent whose own words mark no kind, compared right after it with an earlier time, is a change: "This is + 166% compared to
 * 2019", "sales of over 57% as compared to April 2023", "27.2% compared to 2006 ($1.99 billion)". A level compared with a time
 * names what it moved from; a share compared with another names that share's number instead ("16.5% compared with 16.6%"), and a
 * share its whole ("of new car sales"), which ChangeRules reads first. Pure and stateless.
 */
final class ComparedPercents {

  private static final String MONTH = "(?:" + PeriodResolver.MONTH_NAMES + ")";
  /**
   * Right after the percent, an optional bracketed aside and comma, then "(as|when) compared to/with", "in comparison to/with" and
   * a time: a year (not "2019's 7%"), a month and year, a quarter, "the same period", "last year", "the previous month".
   */
  private static final Pattern COMPARED_WITH_TIME = Pattern.compile(
      "(?i)^\\s*(?:\\([^()]{1,30}\\)\\s*)?,?\\s*(?:(?:as|when)\\s+)?(?:compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with))\\s+(?:the\\s+)?"
          + "(?:(?:same|corresponding|previous|prior)\\s+(?:period|month|quarter|year|time|half)\\b|last\\s+(?:year|month|quarter)\\b"
          + "|" + MONTH + "\\s+(?:19|20)\\d{2}\\b|(?:Q[1-4]|H[12])\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b|(?:19|20)\\d{2}\\b(?![’',.]?\\d|['’]s))");
  /** "+ 166%", "- 12%": a sign written apart from its number. */
  private static final Pattern PLUS_APART = Pattern.compile("(?:^|[\\s(])\\+\\s+$");
  /**
   * "(- 12%)", "(−12 %)": a minus written apart only inside a bracket. After a word a spaced hyphen or dash is a separator
   * ("BEV share by market – 18%", "Sales in Norway - 82% compared to 2022 - were"), not a sign.
   */
  private static final Pattern MINUS_APART = Pattern.compile("\\(\\s*[-−]\\s+$");
  /** "reached 27.6%", "stood at 78%", "were 5.25%": a level verb right before a percent with no sign makes it a level. */
  private static final Pattern LEVEL_BEFORE = Pattern.compile(
      "(?i)\\b(?:reached|stood\\s+at|stands\\s+at|was|were|is|are|hit|at)\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?$");

  private ComparedPercents() {}

  /** Whether the words right after a percent ({@code right}) compare it with an earlier time. */
  static boolean comparedWithTime(String right) {
    return COMPARED_WITH_TIME.matcher(right).lookingAt();
  }

  /**
   * As {@link #comparedWithTime(String)}, unless a level verb stands right before the percent ({@code left} ends at its number)
   * with no sign: "the penetration rate reached 27.6%, compared to 2021 when it was 15%" is a level beside its earlier level;
   * "This is + 166% compared to 2019" keeps its sign and is a change.
   */
  static boolean comparedWithTime(String left, String right) {
    return comparedWithTime(right) && (PLUS_APART.matcher(left).find() || !LEVEL_BEFORE.matcher(left).find());
  }

  /** "up" or "down" for a sign written apart right before the number ({@code left} ends at it), else null. */
  static String apartSign(String left) {
    if (PLUS_APART.matcher(left).find()) return "up";
    if (MINUS_APART.matcher(left).find()) return "down";
    return null;
  }
}
