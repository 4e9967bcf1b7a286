package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A decimal comma before a scale word, as Southern African and European outlets write it: "1,1 million tonnes",
 * "2,8 million tonnes of maize", "R1,5 billion" (value8; fresh7 The Sunday Mail). A comma followed by one or two digits
 * cannot group thousands, so before "million", "billion", "bn" or "m" it is read as the decimal point.
 */
final class DecimalCommas {

  /** The digits of a decimal comma, for {@link QuantityFinder}'s number pattern (a scale word must follow). */
  static final String DIGITS = "\\d{1,3},\\d{1,2}(?=\\s?(?:million|billion|trillion|mn|bn|m)\\b)";
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3},\\d{1,2}");

  private DecimalCommas() {}

  /** Whether {@code digits} is a number with a decimal comma ("1,1"), as {@link #DIGITS} matches it. */
  static boolean is(String digits) {
    return WHOLE.matcher(digits).matches();
  }

  /** The value of {@code digits} with a decimal comma: "1,1" → 1.1. */
  static double value(String digits) {
    return Double.parseDouble(digits.replace(',', '.'));
  }
}
