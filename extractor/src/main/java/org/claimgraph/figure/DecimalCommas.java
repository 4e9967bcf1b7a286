package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A decimal comma, as Southern African and European outlets write it. A comma followed by one or two digits cannot group
 * thousands, so it is read as the decimal point where what follows makes the number a measure:
 * <ul>
 *   <li>before a scale word: "1,1 million tonnes", "2,8 million tonnes of maize", "R1,5 billion" (value8; fresh7 The Sunday
 *       Mail);
 *   <li>before a percent sign or word: "a 169,5% increase", "rising to 5,4% in September from 4,8% in August" (fresh26
 *       NewZimbabwe, fresh20 Armenian Club; Stats SA, Newsday outside the devset). A share or a change is never a count, so
 *       "12,1%" cannot be 121%.
 * </ul>
 * Where thousands are grouped by spaces ("10 222,9 tonnes", Financial Gazette), the comma after the groups is the decimal
 * point too: a text that groups by spaces keeps the comma for decimals ({@link QuantityFinder}'s grouped digits).
 */
final class DecimalCommas {

  /** The digits of a decimal comma, for {@link QuantityFinder}'s number pattern (a scale word or a percent must follow). */
  static final String DIGITS = "\\d{1,3},\\d{1,2}(?=\\s?(?:million|billion|trillion|mn|bn|m)\\b"
      + "|\\s?(?:%|per\\s?cent\\b|percent\\b|percentage\\s+points?\\b))";
  /** A decimal comma with or without space-grouped thousands before it: "1,1", "169,5", "10 222,9". */
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})*,\\d{1,2}");

  private static final Pattern GROUP_SPACE = Pattern.compile("[ \\u00A0\\u202F]");

  private DecimalCommas() {}

  /** Whether {@code digits} is a number with a decimal comma ("1,1", "10 222,9"), as the number pattern matches it. */
  static boolean is(String digits) {
    return WHOLE.matcher(digits).matches();
  }

  /** The value of {@code digits} with a decimal comma: "1,1" → 1.1; "10 222,9" → 10222.9. */
  static double value(String digits) {
    return Double.parseDouble(GROUP_SPACE.matcher(digits).replaceAll("").replace(',', '.'));
  }
}
