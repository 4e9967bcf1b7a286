package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A mineral reserve, or a country's share of the world's reserves ("holds 150 million tonnes of manganese in reserve", "the
 * country's rare earth reserves are 21,000,000 MT", "has 30 percent of the world's uranium reserves", "Vietnam's reserves constitute
 * 18% of the global total") states how much lies in the ground: a general fact with no period (GUIDELINES: reserves and resource
 * shares keep none), neither one carried from the text around it nor one its sentence states for something else ("According to
 * the USGS report in 2019, … 5.4% of global production and 2.8% of global reserves"; "(Mineral Council, 2020)"). A time the sentence
 * ties to it stays: one after the figure led by "as of", "in" or "end of" ("reserves stood at 4.6 million metal tons as of 2024",
 * "… accounting for 5% of global graphite reserves in 2021"), or one the sentence opens with ("In 2024, reserves of lithium in Chile
 * amounted to …"). The words are in {@code standing-reserves.tsv}.
 */
final class StandingReserves {

  private static final List<Map<String, String>> WORDS = Tsv.read("standing-reserves.tsv");
  private static final Set<String> NOUNS = Tsv.formSet(WORDS, "noun");
  private static final Set<String> OTHERS = Tsv.formSet(WORDS, "other");
  private static final Set<String> UNITS = Tsv.formSet(WORDS, "unit");
  private static final Pattern NOUN = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "noun") + ")\\b");
  /** A year, or a month (a central bank's gold "at the end of May", a stockpile "in March": a holding of that month). */
  private static final String TIME = "(?:(?:\\p{L}+\\s+)?(?:19|20)\\d{2}|" + PeriodResolver.MONTH + ")\\b";
  /** A time led by a word that ties it to the level before it: "as of 2024", "in 2021", "at the end of 2023", "in December 2022". */
  private static final Pattern TIED = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "lead") + ")\\s+(?:the\\s+)?(?:end\\s+of\\s+)?"
      + TIME);
  /**
   * A sentence that opens with its time: "In 2024, …", "As of the end of 2011, …", "At the end of 2023, …", "In May, …", "Last
   * year, the state reserve bureau bought …".
   */
  private static final Pattern OPENS = Pattern.compile("(?i)^\\s*(?:(?:in|as\\s+of|at\\s+the\\s+end\\s+of|by\\s+the\\s+end\\s+of)\\s+(?:the\\s+end\\s+of\\s+)?"
      + TIME + "(?:\\s+(?:19|20)\\d{2})?|(?:last|this)\\s+(?:year|month))\\s*,");
  /** Words of the reserves a figure is moved into, not a reserve ("adding 7 tonnes of gold to its reserves in May"). */
  private static final Set<String> INTO = Tsv.formSet(WORDS, "into");
  /** How far from the figure the reserve's noun may stand, in characters. */
  private static final int NEAR = 60;
  /** At most this many words between the figure and the noun after it ("… of the world's known manganese reserves"). */
  private static final int WORDS_AFTER = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
  /** A digit, semicolon or colon: another number or clause between the figure and the noun (compiled once, not per figure). */
  private static final Pattern BREAK = Pattern.compile("[\\d;:]");

  private StandingReserves() {}

  /**
   * Whether the figure at {@code [rs, re)} of {@code sentence} is a reserve or a share of reserves to which the sentence ties no time
   * ({@code stated}: the sentence's time expressions), and so has no period.
   */
  static boolean undated(String sentence, int rs, int re, Quantity q, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.AMOUNT && kind != Kind.SHARE) return false;
    if (!UNITS.contains(q.unit())) return false;
    if (!nounAfter(sentence.substring(re)) && !nounBefore(sentence.substring(0, rs))) return false;
    if (OPENS.matcher(sentence).find()) return false;
    // A time after the figure led by a tie word, which the sentence's reading takes as a time of its own (not a comparison base).
    Matcher t = TIED.matcher(sentence).region(re, sentence.length());
    while (t.find()) {
      int from = t.start();
      int to = t.end();
      // Right after the figure the time is its own, a comparison base's too ("up from 2,076 tonnes in April").
      boolean own = sentence.substring(re, from).isBlank();
      if (stated != null && stated.stream().anyMatch(p -> (own || !p.basis()) && p.end() > from && p.start() < to)) return false;
    }
    return true;
  }

  /**
   * "… of graphite reserves", "… of the world's uranium reserves", "30.2% reserves", "57m wet metric tonnes (WMT) of nickel ore
   * reserves", "of manganese in reserve": the noun within a few words after the figure, with no number, clause break or other measure
   * between.
   */
  private static boolean nounAfter(String after) {
    Matcher n = NOUN.matcher(after);
    if (!n.find() || n.start() > NEAR) return false;
    String between = after.substring(0, n.start());
    // "bought 2,000 tonnes of cobalt, lifting its reserves to 5,000 tonnes": a clause of its own, whose reserve is not the figure;
    // "adding 7 tonnes of gold to its reserves": the figure is what went into them.
    if (between.contains(",")) return false;
    Matcher w = WORD.matcher(between);
    while (w.find()) if (INTO.contains(w.group().toLowerCase(Locale.ROOT))) return false;
    return clean(between, WORDS_AFTER);
  }

  /**
   * "reserves of 18 million", "reserves are estimated at about 1 million 300 thousand tons", "with reserves making up 12%", "the world's
   * largest nickel reserves, holding approximately 55 million metric tons": the last noun within reach before the figure, with no
   * number, clause break or other measure between.
   */
  private static boolean nounBefore(String before) {
    Matcher n = NOUN.matcher(before);
    int at = -1;
    int end = -1;
    while (n.find()) {
      at = n.start();
      end = n.end();
    }
    if (at < 0 || before.length() - end > NEAR) return false;
    // "Reserve Bureau", "Reserve Bank": a reserve that is an institution, not a deposit.
    return clean(before.substring(end), Integer.MAX_VALUE);
  }

  /** Whether {@code between} has no digit, no semicolon or colon, at most {@code max} words and none that names another measure. */
  private static boolean clean(String between, int max) {
    if (BREAK.matcher(between).find()) return false;
    Matcher w = WORD.matcher(between);
    int words = 0;
    while (w.find()) {
      if (OTHERS.contains(w.group().toLowerCase(Locale.ROOT))) return false;
      if (++words > max) return false;
    }
    return true;
  }
}
