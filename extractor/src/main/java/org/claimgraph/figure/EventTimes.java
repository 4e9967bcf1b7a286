package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A time expression that dates an event named after "since", "following" or "after" (period11, round 11): "has gained 32
 * percent since Trump's investigation into the copper tariffs in February", "fell to $2.69 billion following the imposition of
 * a 25% tariff on imported cars … in April". Such a time is no period of the sentence's figures: after "since" it is where the
 * change starts (a comparison's base, as "since February" alone is), after "following"/"after" only when something happened
 * ({@link PeriodResolver} drops it, as it drops "announced last month"). The events are the nouns of event-nouns.tsv, so that
 * an earlier figure's period ("after falling 3% in April") is left to the base rules.
 */
final class EventTimes {

  /** What the time expression after a text is to the sentence's figures. */
  enum Role {
    /** Not an event's time. */
    NONE,
    /** "since <event> in …": the start of a change, a comparison's base. */
    SINCE,
    /** "following/after <event> in …": when the event happened, no period of a figure. */
    AFTER
  }

  private static final String NOUNS = String.join("|", Tsv.read("event-nouns.tsv").stream().map(r -> r.get("noun")).toList());
  /**
   * A figure reported between the event and its time ("after the launch of the model, sales rose 20% in May"): the time is
   * that figure's, not the event's.
   */
  private static final String REPORTED = "(?:rose|fell|grew|jumped|dropped|declined|increased|decreased|surged|soared|climbed|slid|plunged"
      + "|slumped|tumbled|gained|totall?ed|reached|stood|sold|produced|registered|recorded|posted)";
  /**
   * "since|following|after", at most a few words, an event noun, then what belongs to the event (no reported figure) up to the
   * preposition of its time ("… on imported cars under the Donald Trump administration in ", "… to halt metal exports at the
   * end of ").
   */
  private static final Pattern EVENT_BEFORE = Pattern.compile("(?i)\\b(since|following|after)\\s+(?:[^;:]{0,60}?\\s)?(?:" + NOUNS
      + ")\\b(?:(?!\\b" + REPORTED + "\\b)[^;:]){0,100}?\\s(?:in|on|at|from)\\s+(?:the\\s+)?(?:(?:end|start|beginning|middle)\\s+of\\s+)?"
      + "(?:(?:early|late|mid)[\\s-]+)?$");

  private EventTimes() {}

  /**
   * The role of the time expression from {@code start} to {@code end} of {@code sentence}: an event noun's time, else a background
   * clause's ({@link BackgroundClauses}).
   */
  static Role of(String sentence, int start, int end) {
    String before = sentence.substring(0, start);
    int keyword = firstKeywordInReach(before);
    if (keyword >= 0) {
      Matcher m = EVENT_BEFORE.matcher(before);
      if (m.find(keyword)) return m.group(1).equalsIgnoreCase("since") ? Role.SINCE : Role.AFTER;
    }
    return BackgroundClauses.of(before, sentence.substring(end));
  }

  private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(?:since|following|after)\\b");

  /** Where the first of the keywords within reach of the end starts (an event phrase is at most ~180 characters), or -1. */
  private static int firstKeywordInReach(String before) {
    Matcher k = KEYWORD.matcher(before);
    int from = Math.max(0, before.length() - 200);
    return k.find(from) ? k.start() : -1;
  }
}
