package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change against the week before is vs-period: the basis list has no code for week on week (devset/GUIDELINES.md, fresh17
 * call 3). Exchange stocks and spot prices are reported weekly, and the week is written after the change ("fell 3.9% on-week",
 * "inched up by 1.3% w-o-w", "a cumulative drop of about 1.8% for the week", "rising by 10% to 302,744 tonnes …, from 275,226
 * tonnes a week earlier") or in the change's noun before it ("a weekly decline of 6 percent"). Without this such a change had
 * no basis, or the basis of a later year-on-year figure in its window. Pure and stateless.
 */
final class WeeklyBases {

  /** The week right after the change, with no number between: "on-week", "w/w", "for the week", "over the week" (not "over the week to
   * Thursday", a week's span). */
  private static final Pattern WEEK_NEXT = Pattern.compile(
      "(?i)^[^\\d;%]{0,30}?(?<![\\p{L}-])(?:week[- ]on[- ]week|week[- ]over[- ]week|on[- ]week|w-o-w|w/w|(?-i:WoW)"
          + "|(?:for|on|over)\\s+the\\s+week(?!\\s+(?:to|ended|ending)\\b))(?![\\p{L}-])");
  /**
   * The week before as the base, a level may come between: "from the previous week", "than last week", "from 275,226 tonnes a
   * week earlier", "from the start of the week".
   */
  private static final Pattern WEEK_BASE = Pattern.compile(
      "(?i)^[^;%]{0,60}?\\b(?:(?:from|than|over|on|against|versus|vs\\.?|compar(?:ed|ison)\\s+(?:to|with))\\s+(?:the\\s+)?(?:previous|prior|preceding|last)\\s+week"
          + "|(?:a|one|the)\\s+week\\s+(?:earlier|ago|before)|(?:from|since)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+week)\\b");
  /** "a weekly decline of 6 percent", "its biggest weekly gain of 4%": the week named in the change's noun. */
  private static final Pattern WEEKLY_NOUN_BEFORE = Pattern.compile(
      "(?i)\\bweekly\\s+(?:decline|drop|fall|loss|gain|rise|increase|decrease|advance|slide)s?\\s+of\\s+"
          + "(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|some\\s+|roughly\\s+|more\\s+than\\s+)?$");

  private WeeklyBases() {}

  /**
   * Where in {@code after} (the clause from the change's end) the week it compares with is named, 0 when its noun before the
   * number ({@code before}) names it, or -1 when it compares with no week.
   */
  static int weekAt(String before, String after) {
    if (WEEKLY_NOUN_BEFORE.matcher(before).find()) return 0;
    Matcher m = WEEK_NEXT.matcher(after);
    if (m.find()) return m.end();
    m = WEEK_BASE.matcher(after);
    return m.find() ? m.end() : -1;
  }
}
