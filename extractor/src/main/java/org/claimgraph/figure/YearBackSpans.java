package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A level its sentence sets a year back ("compared to a mere 1.3% last year", "down 9% from last year's 496,000", "the
 * corresponding figure of 161,917 tons for the year earlier period", "41.7% more than last year (24.1 thousand units)", lexicon
 * {@code year-back-phrases.tsv}) beside a figure of a month or a span of months is that month or span a year earlier (or in the
 * year named: "74% more than in the same period in 2020 (15,565)"), not the whole of last year (guidelines: "down from 8.2% last
 * year" for September is September of last year; the base of a comparison gets the base's period). A change keeps its own span
 * ("up 13% from a year earlier" is the new period's), and so does the level a change runs to ("fell 11 percent in February to
 * 3,357 tonnes from a year earlier").
 */
final class YearBackSpans {

  private YearBackSpans() {}

  /** The year-back words right after a level, with up to two words ("sold", "reported") between, none a preposition of time. */
  private static final Pattern AFTER;
  /** The year-back words right before a level: "last year's ", "the previous year (". */
  private static final Pattern BEFORE;
  /** … naming the year the level is of: "the same period in 2020 (" (group 1, the year). */
  private static final Pattern BEFORE_YEAR;
  /**
   * The words right after a level that name the year of the same span: "1,782 during the same period in 2021", "just 1% during
   * the same month in 2022", "3,613 on the same period 2020", "7.67 tons in the same month in 2022". Up to five words between (no
   * number, no punctuation, no word that opens a comparison or another time: "the 4.9 percent market share of electric vehicles
   * during the same period in 2022"), then the preposition of the time.
   */
  private static final Pattern AFTER_YEAR;
  /** "… to 3,357 tonnes": the level a change runs to is the change's new period. */
  private static final Pattern TO_LEVEL = Pattern.compile("(?i)\\bto\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|over\\s+|just\\s+)?$");

  /** A month, "2024-11"; a span of months, "2024-01/2024-09" (compiled once: the check runs for every figure). */
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern MONTHS = Pattern.compile("\\d{4}-\\d{2}/\\d{4}-\\d{2}");

  static {
    List<String> after = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> beforeYear = new ArrayList<>();
    List<String> afterYear = new ArrayList<>();
    for (var row : Tsv.read("year-back-phrases.tsv")) {
      String phrase = row.get("phrase");
      boolean isBefore = row.get("side").equals("before");
      if (phrase.contains("YEAR")) (isBefore ? beforeYear : afterYear).add(words(phrase));
      else (isBefore ? before : after).add(words(phrase));
    }
    AFTER = Pattern.compile("(?i)^\\)?\\s*(?:(?!(?:in|during|for|over|of|since|than|through|from)\\b)\\p{L}+\\s+){0,2}?(?:"
        + String.join("|", after) + ")(?![\\p{L}'’-])");
    BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + String.join("|", before) + ")\\s*$");
    BEFORE_YEAR = Pattern.compile("(?i)(?<![\\p{L}-])(?:" + String.join("|", beforeYear) + ")\\s*$");
    // Not after a word of change: "18,000 EVs were registered well up on the same period in 2022", "an increase on the same
    // period in 2022" compare this year's level with that span; the level stays this year's (review25a).
    AFTER_YEAR = Pattern.compile("(?i)^\\)?\\s*(?:(?!(?:in|on|during|for|over|since|than|through|from|to|and|or|but|while|when|where|compared|against|versus"
        + "|up|down|higher|lower|ahead|behind|above|below|more|less|fewer|increase|increases|increased|rise|rises|rose|growth|grew|gain|gains"
        + "|drop|drops|dropped|fall|falls|fell|decline|declines|declined|decrease|decreases|decreased)\\b)\\p{L}+\\s+){0,5}?"
        + "(?:in|on|during|for|over)\\s+(?:" + String.join("|", afterYear) + ")(?![\\p{L}\\p{N}])");
  }

  /** A phrase as a pattern: a space matches spaces or a hyphen ("year-ago"), an apostrophe either apostrophe, YEAR a year (a group). */
  private static String words(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (b.length() > 0) b.append("[\\s-]+");
      b.append(w.equals("YEAR") ? "((?:19|20)\\d{2})" : Pattern.quote(w.toLowerCase(Locale.ROOT)).replace("'", "\\E['’]\\Q"));
    }
    return b.toString();
  }

  /**
   * The period of the level at {@code [start, end)} of {@code sentence}: {@code reference} (the month or span of months of a figure
   * before it in the sentence that is no base) a year back, where the words around the level set it a year back and its own
   * period is none, a whole year or the reference itself; else {@code own}.
   */
  static String period(String sentence, int start, int end, Kind kind, String own, String reference) {
    return period(sentence, start, end, kind, own, reference, null);
  }

  /**
   * As {@link #period(String, int, int, Kind, String, String)}; where the sentence has no such figure before the level, a span
   * named with its year after it ("compared to the 4.9 percent market share … during the same period in 2022") is that of
   * {@code running}, the period the text before reports (null when read alone: no period from nothing).
   */
  static String period(String sentence, int start, int end, Kind kind, String own, String reference, String running) {
    if (kind == Kind.CHANGE) return own;
    // Nothing to shift a year back (no month or span of months before, nor one running): skip the two matchers below.
    if (reference != null ? !subYear(reference) : running == null || !subYear(running)) return own;
    String before = sentence.substring(0, start);
    // "74% more than in the same period in 2020 (15,565)" for January–October 2021: that span in the year named, an earlier one;
    // "in comparison to 1,782 during the same period in 2021" after "So far this year" (2022): the same, the year named after.
    Matcher named = BEFORE_YEAR.matcher(before);
    boolean inYear = named.find();
    if (!inYear) {
      named = AFTER_YEAR.matcher(sentence.substring(end));
      inYear = named.find();
      if (inYear && reference == null) reference = running;
    }
    if (reference == null || !subYear(reference)) return own;
    if (own != null && own.length() != 4 && !own.equals(reference)) return own;
    int years = inYear ? Integer.parseInt(reference.substring(0, 4)) - namedYear(named) : 1;
    if (years < 1) return own;
    boolean back = inYear || AFTER.matcher(sentence.substring(end)).find() || BEFORE.matcher(before).find();
    if (!back || TO_LEVEL.matcher(before).find()) return own;
    String shifted = ComparisonLinks.shift(reference, -12 * years);
    // "1.3% last year" for January–September 2020: the whole year stated is the reference's year before.
    if (own != null && own.length() == 4 && !shifted.startsWith(own)) return own;
    return shifted;
  }

  /** The year a {@link #BEFORE_YEAR} match names (one group per phrase; the one that matched). */
  private static int namedYear(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return Integer.parseInt(m.group(g));
    throw new IllegalStateException("no year in " + m.group());
  }

  /** A month ("2024-11") or a span of months within one year ("2024-01/2024-09"). */
  private static boolean subYear(String period) {
    if (MONTH.matcher(period).matches()) return true;
    return MONTHS.matcher(period).matches() && period.regionMatches(0, period, 8, 4);
  }
}
