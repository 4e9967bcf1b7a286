package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A period fronted at the head of a sentence ("In 2018, …", "For 2022, …") dates the figures after it up to the next period
 * the sentence states for a figure of its own. "In 2018, one ton of copper was exported at an average price of $1,237,
 * dropping to $1,115 in 2019": 2019 is $1,115's (written right after it), so $1,237 is 2018's, not the nearer 2019. "For 2022,
 * DISER forecasts that LCE production will be 682,000t and also predicts that in 2024 it will reach 1 million tons": "in 2024"
 * heads a clause of its own, about what follows it. A time written right after the figure stays the figure's own.
 */
final class FrontedPeriods {

  private FrontedPeriods() {}

  /** What may stand before the fronted period: an opening quote and a preposition ("In", "For", "During the first half of"). */
  private static final Pattern FRONT = Pattern.compile(
      "^[\\s\"“‘'(]*(?:(?:In|For|During|Throughout|Over|Across|Back\\s+in)\\s+(?:the\\s+(?:year\\s+|whole\\s+|full\\s+|calendar\\s+)?)?)?$");
  /** A fronted period ends its phrase with a comma: "In 2018, …". */
  private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,");
  /** A period that heads a clause after the figure: ", In 2021, this figure …", "… predicts that in 2024 it will …". */
  private static final Pattern CLAUSE_HEAD_BEFORE = Pattern.compile("(?i)(?:[,;]|\\bthat|\\bwhile|\\bwhereas)\\s+(?:in|for|during)\\s+(?:the\\s+)?$");

  /** The sentence's fronted period before offset {@code rs}, with no other own period between it and {@code rs}; else null. */
  static PeriodMention fronted(String sentence, List<PeriodMention> mentions, int rs) {
    PeriodMention front = null;
    for (PeriodMention p : mentions) {
      if (p.basis() || p.end() > rs) continue;
      if (front == null && FRONT.matcher(sentence.substring(0, p.start())).matches()
          && COMMA_AFTER.matcher(sentence.substring(p.end())).lookingAt()) {
        front = p;
      } else if (front != null && p.start() >= front.end()) {
        return null; // another own period stands between: it is the nearer one
      }
    }
    return front;
  }

  /** Whether the period {@code p}, written after a figure, heads a clause of its own (", In 2021, …", "that in 2024 it …"). */
  static boolean headsClause(String sentence, PeriodMention p) {
    boolean commaAfter = COMMA_AFTER.matcher(sentence.substring(p.end())).lookingAt();
    boolean clauseBefore = CLAUSE_HEAD_BEFORE.matcher(sentence.substring(0, p.start())).find();
    return clauseBefore && (commaAfter || sentence.substring(0, p.start()).matches("(?is).*\\bthat\\s+(?:in|for|during)\\s+(?:the\\s+)?$"));
  }
}
