package org.claimgraph.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimgraph.lexicon.Tsv;

/**
 * Currency signs pages write against the number ("Rwf4.3 trillion", "Ush24 billion", "VNĐ16.6 trillion", "JD10,000"), read
 * from {@code attached-currency-signs.tsv}: {@link QuantityFinder} reads a number right after one of them, and a narrow one
 * ("JD", "LE", "B") only before a scaled or grouped amount, as it does "Sh" and "P".
 */
final class AttachedSigns {

  private static final List<java.util.Map<String, String>> ROWS = Tsv.read("attached-currency-signs.tsv");

  /** "B|Frw|JD|…": the signs, quoted, for the number pattern's look-behind (matched case-sensitively there). */
  static final String ALTERNATION = ROWS.stream().map(r -> Pattern.quote(r.get("sign"))).collect(Collectors.joining("|"));

  private static final Set<String> NARROW = ROWS.stream().filter(r -> "yes".equals(r.get("narrow"))).map(r -> r.get("sign"))
      .collect(Collectors.toUnmodifiableSet());

  private AttachedSigns() {}

  /** Whether {@code sign} is money only before a scaled or grouped amount ("JD10,000", not "JD2"). */
  static boolean narrow(String sign) {
    return NARROW.contains(sign);
  }
}
