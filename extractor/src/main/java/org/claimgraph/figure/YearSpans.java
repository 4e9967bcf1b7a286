package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level, share or count over a span of years its clause states is the span (guidelines: "a span 'between 2021 and 2030' is
 * the span"): "between 2016 and 2019, 55% of the lithium imported by the USA came from Argentina" → 2016/2019, "From 2010 to
 * 2022, … electric vehicles sold reached 14,357 units" → 2010/2022, "from 2014 until the end of September 2024" → 2014/2024.
 * A change over the span keeps the newer year ("more than tripled between 2018 and 2019"), and the two levels of a change
 * across the span keep its ends (SpanLevels). The span holds for the figure only where no other year and no clause break
 * stand between them.
 */
final class YearSpans {

  private YearSpans() {}

  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  /** "between 2016 and 2019", "from 2010 to 2022", "since 2014 through September 2024", "from 2014 until the end of September 2024". */
  static final Pattern SPAN = Pattern.compile("(?i)\\b(?:from|between|since)\\s+(" + YEAR + ")\\s*(?:to|and|through|until|till|-|–)\\s*"
      + "(?:the\\s+end\\s+of\\s+)?(?:" + MONTH + "\\s+)?(" + YEAR + ")(?![\\p{N}])");
  static final Pattern ANY_YEAR = Pattern.compile("(?<![\\p{N}])" + YEAR + "(?![\\p{N}])");
  /** A sentence's end ("$1.34B. Between 2018 and 2019 …"), not an abbreviation's full stop ("U.S. rare earth imports"). */
  private static final String SENTENCE_END = "(?<!\\.\\p{Lu})\\.\\s+\\p{Lu}";
  /** A span after the figure holds for it only within the same stretch of words: no comma, semicolon or dash between. */
  private static final Pattern BREAK_AFTER = Pattern.compile("[,;:—–()]|" + SENTENCE_END);
  /** A span before the figure: not across a semicolon or a new clause with its own time ("…, while", "…, but"). */
  private static final Pattern BREAK_BEFORE = Pattern.compile(";|" + SENTENCE_END + "|(?i:,\\s+(?:while|but|whereas|although|though)\\b)");
  private static final int AFTER_REACH = 80;
  /** A figure right after a word of change ({@code change-words.tsv}: "Indonesia added 1.5 million tonnes") is what the span
   * added, a movement up to its newer year, whatever its kind. */
  private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:" + ChangeRules.ANY
      + ")\\s+(?:by\\s+)?(?:(?:about|around|approximately|roughly|some|nearly|almost|over|(?:more|less)\\s+than)\\s+)?$");
  /** The level a change reached over the span ("increased more than 12-fold between 2020 and 2024 to 124 GW") is the
   * span's end, not the span: "to" right before the figure with a word of change earlier in its clause. */
  private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|over|(?:more|less)\\s+than|just)\\s+)?$");
  /** The figure is one end of a movement ("from 9,500 tonnes to 28,000 tons"): those levels keep their own years. */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:[^,;]|,(?=\\d)){0,60}$");
  private static final Pattern TO_AFTER = Pattern.compile("(?i)^\\s*(?:\\([^)]*\\)\\s*)?to\\s");

  /** A word of change in the figure's own clause (after its last semicolon or sentence end) before the "to". */
  private static boolean reachedByChange(String before) {
    int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
    return ChangeRules.ANY_WORD.matcher(before.substring(clause + 1)).find();
  }

  /** The span Y1/Y2 where the figure at {@code rs}..{@code re} is a level or share within it; else {@code period}. */
  static String period(String sentence, int rs, int re, Kind kind, String period) {
    if (kind == Kind.CHANGE || period == null) return period;
    // The levels a change runs from and to over the span are its ends, not the span.
    if (SpanLevels.period(sentence, rs, re, null) != null) return period;
    if (CHANGE_BEFORE.matcher(sentence.substring(0, rs)).find()) return period;
    if (TO_BEFORE.matcher(sentence.substring(0, rs)).find() && reachedByChange(sentence.substring(0, rs))) return period;
    if (FROM_BEFORE.matcher(sentence.substring(0, rs)).find() || TO_AFTER.matcher(sentence.substring(re)).find()) return period;
    Matcher m = SPAN.matcher(sentence);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int last = Integer.parseInt(m.group(2));
      if (last <= first) continue;
      boolean holds;
      if (m.end() <= rs) {
        String between = sentence.substring(m.end(), rs);
        holds = !ANY_YEAR.matcher(between).find() && !BREAK_BEFORE.matcher(between).find();
      } else if (m.start() >= re) {
        String between = sentence.substring(re, m.start());
        // The span's own first letter too: "$1.34B. Between 2018 and 2019 …" starts a new sentence.
        holds = between.length() <= AFTER_REACH && !ANY_YEAR.matcher(between).find()
            && !BREAK_AFTER.matcher(sentence.substring(re, m.start() + 1)).find();
      } else {
        holds = false;
      }
      if (holds) return first + "/" + last;
    }
    return period;
  }
}
