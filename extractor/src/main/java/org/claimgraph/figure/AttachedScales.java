package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * Reads a short letter written onto a number as a scale or a unit, where the letter alone cannot tell.
 *
 * <pre>
 * "registrations reached 2.5m in the first three months" → 2,500,000 (a million: no length in the sentence)
 * "the 100m sprint", "intersected 12m at 1.5% Li2O"    → 100 m, 12 m (a length's word after it or in the sentence)
 * "fell sharply to 2.7M carats"                        → 2,700,000 carat (a capital scale before a lower-case word)
 * "the 900,000tn demand"                               → 900,000 tonne (a trillion of thousands is no amount)
 * "totalled $2.7t", "cigarettes ($273 m)"              → 2.7 trillion, 273 million dollars (money is not weighed)
 * </pre>
 */
final class AttachedScales {

  private static final List<Map<String, String>> CUES = Tsv.read("length-cues.tsv");
  /** The words right after a number that make its "m" a length: "the 100m sprint", "45m depth". */
  static final Set<String> METRE_AFTER = Tsv.formSet(CUES, "after");
  private static final Pattern LENGTH_SENTENCE = Pattern.compile("(?i)(?<![\\p{L}])(?:"
      + String.join("|", Tsv.formSet(CUES, "sentence").stream().sorted().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
  /** "2.7M carats", "35K by the end of 2025": a capital scale letter, a space and a lower-case word. */
  private static final Pattern CAPITAL_SCALE_AFTER = Pattern.compile("^[KMB][ \\u00A0]\\p{Ll}.*", Pattern.DOTALL);
  /** "$2.7t": a trillion written onto money. */
  private static final Pattern MONEY_TRILLION_AFTER = Pattern.compile("^t(?![\\p{L}\\p{N}])");
  /** "($273 m)", "$5 bn" is read by the scales already: a one-letter scale set off by a space from money. */
  private static final Pattern SPACED_MONEY_LETTER_AFTER = Pattern.compile("^[ \\u00A0]([mMbBkK])(?![\\p{L}\\p{N}])(?![ \\u00A0]+of\\b)");

  private AttachedScales() {}

  /**
   * Whether an "m" written onto a number is a metre: when the word after it names a length's use, or when no content word
   * follows and the sentence measures lengths. Else it is a million, as news writes "2.5m" and "125m in 2030".
   *
   * @param next  the first word after the "m", lower case, or "" when none follows
   * @param after the text after the "m"
   */
  static boolean metre(String next, String after, String sentence) {
    if (METRE_AFTER.contains(next)) return true;
    boolean contentWord = !next.isEmpty() && (!CountedNouns.MODIFIER_STOP.contains(next) || Regexes.matches(after, "^\\s+of\\b.*"));
    return !contentWord && LENGTH_SENTENCE.matcher(sentence).find();
  }

  /**
   * Whether a capital K, M or B written onto a number is its scale, not a label's letter ("350Z", "3M"): on a decimal or a
   * number of two digits or more, before a lower-case word.
   */
  static boolean capitalScale(String digits, double value, String rest) {
    return CAPITAL_SCALE_AFTER.matcher(rest).matches() && (digits.contains(".") || value >= 10);
  }

  /** Whether "tn" on a number of thousands without money is tonnes: "the 900,000tn demand", not a trillion. */
  static boolean tonnes(String scaleWord, double value, boolean money) {
    return scaleWord.equals("tn") && !money && value >= 1000;
  }

  /** The length of a trillion's "t" written onto money ("$2.7t"), or 0. */
  static int moneyTrillion(String rest) {
    Matcher m = MONEY_TRILLION_AFTER.matcher(rest);
    return m.find() ? m.end() : 0;
  }

  /** The one-letter scale a space sets off after money ("($273 m)"), or null. */
  static Matcher spacedMoneyLetter(String rest) {
    Matcher m = SPACED_MONEY_LETTER_AFTER.matcher(rest);
    return m.find() ? m : null;
  }
}
