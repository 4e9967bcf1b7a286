package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A time written right before "when" or "during which" owns the figures of the clause that follows: "since 2010, when the average
 * was around US$1,474/kWh" (2010), "compared to 2019, when the share was only 7%" (2019), "a 7.6% decrease from April, during which
 * Nio delivered 6,658 units" (April). The time may be a comparison's base or a look back, which alone dates no figure; its clause
 * states a level of that time. The clause ends at a comma, a semicolon, a colon, a bracket or a full stop, and not where a word
 * of another time leads ("before $7,500 federal tax credits ceased"), nor after "when compared" (a condition). Words in
 * {@code when-clauses.tsv}.
 */
final class WhenClauses {

  private WhenClauses() {}

  /** From the end of a time to the figure: the opening words, then clause words up to the figure. */
  private static final Pattern OWNED;
  /** The opening words anywhere. */
  private static final Pattern OPENS;

  static {
    List<String> opens = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    for (var row : Tsv.read("when-clauses.tsv")) {
      String words = Pattern.quote(row.get("words")).replace(" ", "\\E\\s+\\Q");
      (row.get("role").equals("opens") ? opens : conditions).add(words);
    }
    OPENS = Pattern.compile("(?i)\\b(?:" + String.join("|", opens) + ")\\b");
    OWNED = Pattern.compile("(?i)^\\s*,?\\s+(?:" + String.join("|", opens) + ")\\s+(?!(?:" + String.join("|", conditions) + ")\\b)"
        // The clause up to the figure: no clause break, and no word that sets another time ("before", "until", "since").
        + "(?:(?!\\b(?:before|after|until|till|since|ahead\\s+of)\\b)[^,;:.()\\[\\]\\n]|\\.(?=\\d)|,(?=\\d{3}))*$");
  }

  /**
   * Whether the time ending at {@code timeEnd} of {@code sentence} owns the figure starting at {@code figureStart}: "when" or
   * "during which" right after the time, and the figure in that clause.
   */
  static boolean owns(String sentence, int timeEnd, int figureStart) {
    if (timeEnd > figureStart || figureStart - timeEnd > 140) return false;
    return OWNED.matcher(sentence.substring(timeEnd, figureStart)).matches();
  }

  /**
   * Whether a when-clause opens between offsets {@code from} and {@code to} of {@code sentence}: "compared to 8.63 metric tons in
   * July when volumes more than doubled" — the change after it is July's, not what the level before it is compared with.
   */
  static boolean opensBetween(String sentence, int from, int to) {
    return from < to && OPENS.matcher(sentence.substring(from, to)).find();
  }
}
