package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A forecast or plan to be reached within a horizon counted from the time of writing ("plans to boost production more than
 * fourfold over the next five years", "to approximately 2.5Mtpa over the next four years", "Within two years, 100% of EV parts
 * are planned to be made domestically") is of the page's year plus the horizon, as the gold's calls write it (fresh22 call 8,
 * fresh28 call 7, fresh29's call 4). Only on a dated page (an undated page's present is a guess, and the guess plus N years
 * compounds it), only a single whole number of years below a decade (a range "three to five years" or "the next few years"
 * states no year, and a decade or more is a vision: fresh25 call 8), and only where the figure's own clause forecasts: the words
 * after a figure that close its phrase ("US$100 million annually …, which could be doubled within four years") are another
 * figure's. The opening words are in {@code horizon-leads.tsv}.
 */
final class HorizonYears {

  private static final Pattern LEAD = Pattern.compile("(?i)\\b(?:" + Tsv.literalAlternation(Tsv.read("horizon-leads.tsv"), "form") + ")\\s+(\\d{1,2}|\\p{L}+)\\s+years?\\b(?![\\s-]+(?:to|or)\\b)");
  private static final int MAX_YEARS = 9;

  private HorizonYears() {}

  /**
   * The year a figure ending at {@code end} in {@code sentence} is to be reached, where its clause forecasts within a horizon of
   * years and the page is dated {@code date}; else null.
   */
  static String year(String sentence, int end, LocalDate date) {
    if (date == null || sentence.indexOf("year") < 0) return null;
    String clause = StatesNow.part(sentence, end);
    if (!PresentYear.forecasts(clause)) return null;
    Matcher m = LEAD.matcher(clause);
    if (!m.find()) return null;
    int years = years(m.group(1));
    return years >= 1 && years <= MAX_YEARS ? Integer.toString(date.getYear() + years) : null;
  }

  /** The whole number of years {@code number} says (digits or a number word), or 0. */
  private static int years(String number) {
    if (number.chars().allMatch(Character::isDigit)) return Integer.parseInt(number);
    Double v = Lexicon.get().numberWord(number);
    return v != null && v == Math.floor(v) ? v.intValue() : 0;
  }
}
