package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed aside between a change and the time it compares with does not cut the two apart (round 26; f19 southernstar,
 * echolive; outside: SIMI's releases as kilkennypeople.ie and irishexaminer.com print them): "up 3.96% (29,435) on 2022",
 * "up 19.2% (769) when compared with November 2018", "increased 51.3% (121) in comparison to November 2018". The words between
 * the change and the time, with the aside taken out, say what the time is ({@link ChangeRules#basisOf}).
 */
final class BracketedBases {

  /** The aside, then the word of comparison right before the time. */
  private static final Pattern ASIDE_THEN_BASE = Pattern.compile(
      "(?i)^(\\s*\\([^()]{1,30}\\))(\\s*,?\\s*(?:(?:when|as)\\s+)?(?:on|over|compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|against|versus|vs\\.?)\\s+(?:the\\s+)?)$");

  private BracketedBases() {}

  /** Whether {@code between} (the text from a change's end to a time) is an aside and a word of comparison. */
  static boolean base(String between) {
    return ASIDE_THEN_BASE.matcher(between).matches();
  }

  /** {@code between} without the aside when it has one, else as it is. */
  static String withoutAside(String between) {
    Matcher m = ASIDE_THEN_BASE.matcher(between);
    return m.matches() ? m.group(2) : between;
  }
}
