package org.claimgraph.figure;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two levels of a change over a span of years: "From 2024 to 2032, the global REE market is expected to expand from
 * US$3.74 billion (RM16 billion) to US$8.14 billion" → US$3.74 billion (and its conversion) 2024, US$8.14 billion 2032; "Global
 * copper production increased over 25% between 2010 and 2019 from 16 million tonnes to just over 20 million tonnes" → 16 million
 * tonnes 2010. The level the change runs from is the span's first year, the level it runs to the span's last, where no other
 * year stands between the span and the levels.
 */
final class SpanLevels {

  private SpanLevels() {}

  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:from|between)\\s+(" + YEAR + ")\\s*(?:to|and|through|until|till|-|–)\\s*(" + YEAR + ")\\b");
  private static final String HEDGE = "(?:(?:about|around|approximately|roughly|some|just|nearly|almost|over|under|(?:less|more)\\s+than)\\s+)?";
  /** The text before the level a change runs from: "… from ", "… from about ". */
  private static final Pattern FROM_LEVEL = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE + "$");
  /** … or before that level's conversion in brackets: "from US$3.74 billion (". */
  private static final Pattern FROM_LEVEL_BRACKET = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE + "[^\\s()]+(?:\\s+[^\\s()]+){0,2}\\s*\\(\\s*$");
  /** What follows a from-level: its conversion in brackets, then "to". */
  private static final Pattern TO_AFTER = Pattern.compile("(?i)^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*)?to\\s");
  /** The text before the level a change runs to: "from X to ", "from X (Y) to just over ". */
  private static final Pattern TO_LEVEL = Pattern.compile("(?i)\\bfrom\\s+[^,;]{1,60}?\\s+to\\s+" + HEDGE + "$");
  private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\p{N}])" + YEAR + "(?![\\p{N}])");

  /** The period of the figure at {@code rs}..{@code re}: a span's first or last year where it is one of the span's levels; else {@code period}. */
  static String period(String sentence, int rs, int re, String period) {
    Matcher m = SPAN.matcher(sentence);
    MatchResult last = null;
    while (m.find() && m.end() <= rs) last = m.toMatchResult();
    if (last == null) return period;
    String between = sentence.substring(last.end(), rs);
    if (ANY_YEAR.matcher(between).find() || between.contains(";")) return period;
    int first = Integer.parseInt(last.group(1));
    int end = Integer.parseInt(last.group(2));
    if (end <= first) return period;
    String before = sentence.substring(0, rs);
    String after = sentence.substring(re);
    boolean fromLevel = (FROM_LEVEL.matcher(before).find() && TO_AFTER.matcher(after).lookingAt())
        || (FROM_LEVEL_BRACKET.matcher(before).find() && TO_AFTER.matcher(after.replaceFirst("^[^)]*\\)", "")).lookingAt());
    if (fromLevel) return Integer.toString(first);
    // The level it runs to: "from X to " since the span, the from-level not the figure itself.
    if (TO_LEVEL.matcher(between).find()) return Integer.toString(end);
    return period;
  }
}
