package org.claimgraph.story;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two written figures state the same value up to rounding: the more precise value rounded
 * to the significant digits of the less precise one equals it ("13.02 million" = 13.015 million,
 * "5,994 tons" = 5,994.3 tons, but "$28.3 billion" ≠ $28.2 billion). Trailing zeros of a whole
 * number are not significant ("6,000" has 1), and at least 2 digits are compared, so 6,000 ≠ 6,146.
 *
 * <pre>{@code
 * Rounding.same(1.715e6, "1.715 million units", 1.72e6, "nearly 1.72 million"); // true
 * }</pre>
 */
public final class Rounding {
  private Rounding() {}

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /** The significant digits of the first number written in a quote; 15 when it has none. */
  public static int significantDigits(String quote) {
    if (quote == null) return 15;
    Matcher m = NUMBER.matcher(quote);
    if (!m.find()) return 2;
    String n = m.group().replace(",", "");
    String digits;
    if (n.contains(".")) {
      digits = n.replace(".", "").replaceFirst("^0+", "");
    } else {
      digits = n.replaceFirst("^0+", "").replaceFirst("0+$", "");
    }
    return Math.max(2, digits.length());
  }

  /** Whether the values agree at the precision of the less precise quote. */
  public static boolean same(double a, String quoteA, double b, String quoteB) {
    if (a == b) return true;
    if (Math.signum(a) != Math.signum(b)) return false;
    int digits = Math.min(significantDigits(quoteA), significantDigits(quoteB));
    return round(a, digits).compareTo(round(b, digits)) == 0;
  }

  /** The key of a value at 3 significant digits ("5.99E+3"), for exact candidate lookups. */
  public static String key(double value) {
    return round(value, 3).stripTrailingZeros().toString();
  }

  static BigDecimal round(double v, int digits) {
    return new BigDecimal(Double.toString(v)).round(new MathContext(digits, RoundingMode.HALF_UP));
  }
}
