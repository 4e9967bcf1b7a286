package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A level in a clause about a time a year back, opened right after a comparison with that time: "rose 326.64% from a year ago,
 * when some 1,764 EVs were sold" (January–May 2023 → 2022-01/2022-05), "a stark improvement from last year where it was only
 * 2.2%" (September 2020 → 2019-09), "compared with last year, when they accounted for 10.1 percent of transactions during the same
 * period", "down 7.1% from the same period last year, when mills produced 13,615,000 tons". The clause states the level of the
 * period the sentence reports, a year back, not the whole of last year (GUIDELINES: the base of a comparison gets the base's
 * period; "down from 8.2% last year" for September is September of last year). A time that names its year moves the period
 * to that year: "compared with the same month in 2018, when only 1,113 such vehicles were sold" for July 2019 → 2018-07. Words
 * in {@code year-back-clauses.tsv}.
 */
final class YearBackClauses {

  private YearBackClauses() {}

  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  /** The year a period starts in ("2019-07" → 2019), or -1. */
  private static int yearOf(String period) {
    return period != null && period.length() >= 4 && period.substring(0, 4).chars().allMatch(Character::isDigit)
        ? Integer.parseInt(period.substring(0, 4)) : -1;
  }

  /** From the comparison word to the level: the time a year back, the clause's opening word, then clause words without a number. */
  private static final Pattern BEFORE;

  static {
    List<String> times = new ArrayList<>();
    List<String> opens = new ArrayList<>();
    for (var row : Tsv.read("year-back-clauses.tsv")) {
      // "yyyy" stands for a year written out: "compared with the same month in 2018, when only 1,113 such vehicles were sold".
      String words = String.join("[\\s-]+", java.util.Arrays.stream(row.get("words").toLowerCase(Locale.ROOT).split(" "))
          .map(w -> w.equals("yyyy") ? "(?:19|20)\\d{2}" : Pattern.quote(w)).toList());
      (row.get("role").equals("time") ? times : opens).add(words);
    }
    BEFORE = Pattern.compile("(?i)\\b(?:from|compar(?:ed|ison)\\s+(?:to|with)|than|against|versus|vs\\.?)\\s+(?:" + String.join("|", times)
        + ")\\s*,?\\s+(?:" + String.join("|", opens) + ")\\s+"
        // The clause up to the level: no number, no clause break, no word that sets another time.
        + "(?:(?!\\b(?:before|after|until|till|since)\\b)[^\\d,;:.()\\[\\]\\n])*$");
  }

  /**
   * The period of the level starting at {@code start} of {@code sentence}: {@code reference} (the period the sentence reports)
   * a year back where the level is the first number of such a clause, else {@code own}. A change keeps its own; so does a level
   * with a time of its own other than the reference or a year ("when it was 2.2% in August" is August's).
   */
  static String period(String sentence, int start, Kind kind, String own, String reference) {
    if (kind == Kind.CHANGE || reference == null || start < 0 || start > sentence.length()) return own;
    java.util.regex.Matcher before = BEFORE.matcher(sentence.substring(Math.max(0, start - 160), start));
    if (!before.find()) return own;
    // A year written out in the time ("the same month in 2018") moves the reference to that year; else a year back.
    java.util.regex.Matcher written = WRITTEN_YEAR.matcher(before.group());
    int years = written.find() ? Integer.parseInt(written.group()) - yearOf(reference) : -1;
    if (years >= 0 || yearOf(reference) < 0) return own;
    String back = ComparisonLinks.shift(reference, 12 * years);
    if (back == null) return own;
    if (own == null || own.equals(reference) || own.equals(back)) return back;
    // "last year" read as a whole year ("2023" for a report on 2024-04/2024-06), or the year the text carried (the reference's).
    if (own.length() == 4 && (back.startsWith(own) || reference.startsWith(own))) return back;
    return own;
  }
}
