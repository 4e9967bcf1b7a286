package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A time written after the level a comparison is made with is that level's, not the period of the figure compared: "rose to
 * 4,593 t (5,062 st), up from 4,103 t (4,522 st) in 2018", "a 7% decrease from 133,000 t (revised) in 2017", "a roughly 10% drop
 * from output in 2021", "a 3.9% fall from the total exported in 2024", "up from 13.9% in 2019 and 5.4% in 2018" (guidelines: the
 * base of a comparison gets the base's period). {@link PeriodResolver} reads such a time as a base's; the figure compared then
 * takes its own time, the running one, or the year after a base year. The nouns of a base named without a
 * number ("output", "the total exported") are in the lexicon {@code base-nouns.tsv}.
 */
final class BaseTimes {

  private BaseTimes() {}

  /**
   * What a comparison is made with follows: "from", "than", "compared with"; not the "than" of a hedge ("more than 650,000 tonnes in
   * 2024", "less than 100 tonnes in 2024": the level's own year).
   */
  private static final String COMPARED = "(?:from|(?<!\\b(?:more|less|fewer|rather|other)\\s)than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against)";
  /** A level: "4,103 t", "13.9%", "$2.3 billion", "238,000 metric tons", and any bracketed aside ("(4,522 st)", "(revised)"). */
  private static final String LEVEL = "[$€£¥₹]?\\d[\\d.,]*(?:\\s*(?:%|per\\s*cent|percent|(?:[\\p{L}$€£/]+)(?:\\s+(?!(?:to|and|or|but|while|in|during|from|than)\\b)[\\p{L}/]+){0,3}))?"
      + "(?:\\s*\\([^()]{1,30}\\))?";
  /** A word that may stand before the level: "a", "the", "about", "just". */
  private static final String LEAD = "(?:(?:a|an|the|its|their|about|around|nearly|almost|some|just|only|roughly|approximately|over|more\\s+than|less\\s+than)\\s+){0,2}";
  /** A change, for a base named by a noun alone: "drop from output in" (not "revenue from sales in 2023", the sales' own year). */
  private static final String CHANGE = "(?:up|down|higher|lower|more|less|increases?|rises?|drops?|falls?|declines?|decreases?|gains?|growth|jumps?|slump|plunge)";
  /** "2019, when the share was only ": the figure after it is the year's own. */
  private static final Pattern WHEN = Pattern.compile("(?i)^\\s*,?\\s*(?:when|where)\\b");
  /**
   * "15.4% lower than in ", "rose 3.6 per cent over ", "a 7% decrease from ", "compared with ": a year right after is compared with.
   * "over" and "on" compare only after a change or a percent ("up 12% on 2022", "an improvement over 2019"): "to total 464kt LCE over
   * 2022" is the year's own total (outside sentence, amegroup.com; devset/alone a-021).
   */
  private static final Pattern YEAR_COMPARED = Pattern.compile("(?i)(?:\\b(?:from|(?<!\\b(?:more|less|fewer|rather|other)\\s)than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against)"
      + "|(?:%|\\bper\\s*cent|\\bpercent|\\bpoints?|\\b" + "(?:up|down|higher|lower|more|less|rose|fell|grew|gained|jumped|dropped|declined|increased|decreased|climbed|slipped"
      + "|increases?|rises?|drops?|falls?|declines?|decreases?|gains?|growth|jumps?|improvement|slump|plunge))\\s+(?:over|on))\\s+(?:(?:in|during)\\s+)?$");
  /** "-2028", " to 2030": the year before it opens a span. */
  private static final Pattern SPAN_AFTER = Pattern.compile("(?i)^\\s*(?:-|–|—|to|through|until)\\s*(?:19|20)?\\d{2}\\b");
  /**
   * "an increase of 146% over the 32,239 in ", "a growth of about 60% over the 93,927 sold in ": "over" compares only after a percent
   * or a change word, and a determiner or the level follows it ("rose 5% to over 2,000 tonnes in 2023" is a hedge, the level's own).
   */
  private static final String OVER = "(?:(?:%|\\bper\\s*cent|\\bpercent|\\b(?:increase|rise|growth|gain|jump|decline|drop|fall|decrease)s?)\\s+over\\s+(?:the|a|an)\\s+)";
  /**
   * A multiple, an overtaking or any "than" right before a time in the possessive: "more than doubling 2023's tally of 336 units",
   * "more than double Q4 2023's effort", "more than last year's 443.9 tons" (a hedge stands before a number, never before a
   * possessive time). The other comparison words ("an improvement over 2019's", "compared with 2022's") are YEAR_COMPARED's, where
   * "over" and "on" compare only after a change or a percent: "Based on 2023's figures", "Over 2023's first half" name the
   * figures' own time.
   */
  private static final Pattern MULTIPLE_BEFORE = Pattern.compile("(?i)\\b(?:than|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|twice"
      + "|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|above|below)\\s+(?:the\\s+)?$");
  /**
   * A multiple stated as a level with what it multiplies after it: "That’s double the tonnage of 2018", "even twice as much as
   * exports in 2018", "over double the number (around 100,000) registered in 2017", "more than double what was obtained in all of
   * 2021", "nearly triple the level of 2011": the time is the base's (MultipleBasesTest). A copula or a hedge stands before the
   * multiple, so a verb ("doubled the funding in 2019", "will double output in 2030") keeps its own time.
   */
  private static final Pattern MULTIPLE_LEVEL_BEFORE = Pattern.compile("(?i)(?:\\b(?:is|was|are|were|be|been|s|more\\s+than|over|almost|nearly|about"
      + "|around|roughly|some|even|just|only)\\s+|,\\s*)(?:double|triple|treble|quadruple|twice|(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight"
      + "|nine|ten)\\s+times|[\\p{L}\\d.]+-?fold)\\s+((?:as\\s+(?:much|many|high|large|big)\\s+as\\s+|that\\s+of\\s+|the\\s+|what\\s+)"
      + "(?:(?:the|was|were|had|been)\\s+)?(?:[\\p{L}’']+\\s+){0,3}?(?:\\([^()]{1,30}\\)\\s+)?(?:(?:registered|recorded|reported|sold|seen|posted|obtained"
      + "|achieved|produced|exported|imported|earned|shipped)\\s+)?(?:in|of|during)\\s+(?:(?:all|the\\s+whole)\\s+of\\s+)?(?:the\\s+)?)$");
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s?\\s");
  private static final Pattern LEVEL_BEFORE;
  private static final Pattern NOUN_BEFORE;
  /** "… 13.9% in 2019 and 5.4% in ": a second base level in a list after a first base's year. */
  private static final Pattern LISTED_BEFORE;

  static {
    List<String> nouns = new ArrayList<>();
    List<String> participles = new ArrayList<>();
    for (var row : Tsv.read("base-nouns.tsv")) (row.get("kind").equals("noun") ? nouns : participles).add(Pattern.quote(row.get("word")));
    String participle = "(?:\\s+(?:" + String.join("|", participles) + "))?(?:\\s+back)?";
    String time = "\\s+(?:in|during)\\s+(?:the\\s+)?$";
    LEVEL_BEFORE = Pattern.compile("(?i)(?:\\b" + COMPARED + "\\s+" + LEAD + "|" + OVER + ")" + LEVEL + participle + time);
    NOUN_BEFORE = Pattern.compile("(?i)\\b(?:" + CHANGE + "\\s+(?:from|over|on)|(?<!\\b(?:more|less|fewer|rather|other)\\s)than|compar(?:ed|ison)\\s+(?:to|with)|versus|against)\\s+(?:(?:the|its|their)\\s+)?"
        + "(?:" + String.join("|", nouns) + ")" + participle + time);
    LISTED_BEFORE = Pattern.compile("(?i)\\b" + COMPARED + "\\s+" + LEAD + LEVEL + "\\s+(?:in|during)\\s+(?:19|20)\\d{2}\\s*(?:,\\s*(?:and\\s+)?|and\\s+|or\\s+)"
        + LEAD + LEVEL + time);
  }

  /** Whether the time at {@code [start, end)} of {@code sentence} is a possessive after a comparison word: "than last year's 443.9 tons". */
  static boolean possessive(String sentence, int start, int end) {
    if (!POSSESSIVE_AFTER.matcher(sentence.substring(end)).find()) return false;
    String near = sentence.substring(Math.max(0, start - 40), start);
    return YEAR_COMPARED.matcher(near).find() || MULTIPLE_BEFORE.matcher(near).find();
  }

  /** Whether the time after {@code before} (the sentence up to it) is the time of a base level. */
  static boolean before(String before) {
    String near = before.substring(Math.max(0, before.length() - 120));
    return LEVEL_BEFORE.matcher(near).find() || NOUN_BEFORE.matcher(near).find() || LISTED_BEFORE.matcher(near).find()
        || MULTIPLE_LEVEL_BEFORE.matcher(near).find();
  }

  /**
   * Whether the number at {@code start} of {@code sentence} is a base level whose time is the one at {@code timeStart}: "up from
   * 4,103 t (4,522 st) in 2018", "compared with 238,000 t (revised) in 2017", "up from 13.9% in 2019 and 5.4% in 2018".
   */
  static boolean owns(String sentence, int start, int timeStart) {
    int from = Math.max(0, timeStart - 120);
    for (Pattern p : new Pattern[] {LEVEL_BEFORE, LISTED_BEFORE}) {
      Matcher m = p.matcher(sentence).region(from, timeStart);
      if (m.find() && start >= m.start()) return true;
    }
    // "over double the number (around 100,000) registered in 2017": a level inside what a multiple multiplies, not the multiple
    Matcher multiple = MULTIPLE_LEVEL_BEFORE.matcher(sentence).region(from, timeStart);
    if (multiple.find() && start >= multiple.start(1)) return true;
    return false;
  }

  /**
   * The period of a figure that states no time of its own in a sentence whose only times are base years: the year after the
   * latest ("shipments … rose to 4,593 t, up from 4,103 t in 2018" → 2019; "15.4% lower than in 2019" → 2020). Null where a base
   * is no whole year ("from the same period in 2018" leaves the span unsaid), the year after would be later than the page, or the
   * figure stands in a clause on the base year itself ("compared to 2019, when the share was only 7%").
   * On a page whose present is the year {@code present}: the page's date's, or on a page without a date the year its text is about
   * ({@link PeriodResolver}'s fallback year; "More than 799,000 … cars were sold, a 75.6% increase over 2020" on an undated page
   * about 2022 → 2021). Zero, a sentence read alone: a reading of the page, not of the sentence; read alone, "3 times higher than in
   * 2020" states no time of its own and its basis stays "vs 2020" (devset/alone's guidelines: a period only where the sentence
   * states it).
   */
  static String yearAfter(List<PeriodMention> pms, int present, String sentence, int start) {
    if (present <= 0) return null;
    int latest = 0;
    for (PeriodMention p : pms) {
      if (!p.basis() || !p.text().equals(p.period()) || p.period().length() != 4) return null;
      if (p.end() <= start && WHEN.matcher(sentence.substring(p.end(), start)).find()) return null;
      // Only a year compared with: not "for the first time since 2019", nor "compared to the same period of 2022" (a span unsaid).
      String before = sentence.substring(0, p.start());
      if (!YEAR_COMPARED.matcher(before).find() && !before(before)) return null;
      // … nor the first year of a span ("to grow by 19% annually from 2018-2028").
      if (SPAN_AFTER.matcher(sentence.substring(p.end())).find()) return null;
      latest = Math.max(latest, Integer.parseInt(p.period()));
    }
    // Only a year the page can be reporting on (its own or the one before: "Imports came in at $59.03 billion, 15.4% lower than in
    // 2019" in February 2021): "Prices are 3 times higher than in 2020" on a page of 2025 is today's level, not 2021's.
    if (latest == 0 || latest + 1 > present || latest + 1 < present - 1) return null;
    return Integer.toString(latest + 1);
  }
}
