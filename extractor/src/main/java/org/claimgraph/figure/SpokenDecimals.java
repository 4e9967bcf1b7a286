package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Regexes;

/**
 * Decimals written as they are read aloud, the style of broadcasters' web copy: the whole part in digits or words, the
 * word "point", the decimals in digits or one word per digit.
 *
 * <pre>
 * "304-point-three gigawatt hours"   → 304.3
 * "two-point-two percentage points"  → 2.2
 * "four-point-84 trillion"           → 4.84
 * "zero-point-two-five"              → 0.25
 * "a ten-point plan"                 → no decimal (nothing after "point")
 * </pre>
 */
final class SpokenDecimals {

  private static final java.util.List<String> DIGITS = java.util.List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine");
  private static final String DIGIT_WORDS = String.join("|", DIGITS);

  private final Lexicon lexicon;
  private final String pattern;

  /** @param wholeWords the number words a whole part may use ("two", "eleven", "twenty"), as a regex alternation */
  SpokenDecimals(Lexicon lexicon, String wholeWords) {
    this.lexicon = lexicon;
    String whole = "\\d{1,3}(?:,\\d{3})+|\\d+|(?:" + wholeWords + ")(?:-(?:" + wholeWords + "))?|zero";
    // hyphens only: "at one point two people" is no decimal
    this.pattern = "(?:" + whole + ")[-\\u2011]point[-\\u2011](?:\\d+|(?:" + DIGIT_WORDS + ")(?:[-\\u2011](?:" + DIGIT_WORDS + "))*)(?![\\p{N}])";
  }

  /** The regex of a spoken decimal, to be matched case-insensitively where a number may start. */
  String pattern() {
    return pattern;
  }

  /** The value of a spoken decimal the {@link #pattern()} matched. */
  double value(String spoken) {
    String[] parts = spoken.toLowerCase(Locale.ROOT).split("[-\\u2011]point[-\\u2011]", 2);
    return whole(parts[0]) + Double.parseDouble("0." + decimals(parts[1]));
  }

  private double whole(String text) {
    if (Regexes.matches(text, "[\\d,]+")) return Double.parseDouble(text.replace(",", ""));
    double total = 0;
    for (String w : text.split("[-\\u2011]")) total += w.equals("zero") ? 0 : lexicon.numberWord(w);
    return total;
  }

  private static String decimals(String text) {
    if (Regexes.matches(text, "\\d+")) return text;
    StringBuilder digits = new StringBuilder();
    for (String w : text.split("[-\\u2011]")) digits.append(DIGITS.indexOf(w));
    return digits.toString();
  }
}
