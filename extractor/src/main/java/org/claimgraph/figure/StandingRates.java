package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * Figures that state a standing rule or a product's specification, not data of a period (guidelines: "Tariff rates are
 * amount … with no period"; "a range of over 2,000 km" has none): a tariff, duty, levy, surcharge, rebate or tax rate
 * ("a 25% tariff on imported cars in April", "duties of up to 38.1 percent … from July 4") and a vehicle's driving range
 * ("a range of up to 295 kilometers (183 miles) on a single charge"). The day a tariff was imposed or a car launched is
 * an event, not the rate's or the range's period.
 */
final class StandingRates {
  private StandingRates() {}

  private static final String RATE_NOUN =
      "(?:tariffs?|levy|levies|dut(?:y|ies)|surcharges?|rebates?|tax(?:es)?|VAT|customs\\s+rates?)";
  /**
   * "a 25% tariff", "21% in extra tariffs", "a 5pc export rebate", "the 25% U.S. auto tariffs", "A 24% reciprocal tariff":
   * up to three words between the rate and its noun, none of them one that starts another phrase ("25% of the tariffs").
   */
  private static final Pattern RATE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:in\\s+)?(?:(?!(?:of|from|to|than|for|on|and|or|in|by|at|with|as|after|amid|despite|under|because|due|following|before|since|while|but|which|that|the|a|an)\\b)[\\p{L}.'’-]+\\s+){0,3}" + RATE_NOUN + "\\b");
  /**
   * "tariffs of up to 35.3%", "duties of up to 38.1 percent", "raising the total tax to 27.5%", "a tariff rate of 10%",
   * "doubled duties on steel and aluminum to 50%".
   */
  private static final Pattern RATE_BEFORE = Pattern.compile(
      "(?i)\\b" + RATE_NOUN + "\\s+(?:on\\s+[\\p{L}.'’ -]{1,40}?\\s+)?(?:rates?\\s+)?(?:of|at|to)\\s+(?:up\\s+to\\s+|as\\s+much\\s+as\\s+"
          + "|a\\s+maximum\\s+of\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|some\\s+)?$");
  /** "a range of up to 295 kilometers", "with a range of over 400 kilometers", "an official EPA-rated range of 402 miles". */
  private static final Pattern RANGE_BEFORE = Pattern.compile(
      "(?i)\\brange\\s+(?:of|to)\\s+(?:up\\s+to\\s+|over\\s+|more\\s+than\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|at\\s+least\\s+"
          + "|approximately\\s+|roughly\\s+)?(?:[\\d.,]+\\s*\\p{L}+\\s*\\(\\s*)?$");
  /** "500-km range", "400 km of range", "… 400 km on a single charge", "250 miles (400 km) on one charge". */
  private static final Pattern RANGE_AFTER = Pattern.compile(
      "(?i)^(?:\\s*\\([^)]{0,30}\\))?\\s*(?:of\\s+)?(?:(?:driving|electric|all-electric|claimed|estimated|WLTP|EPA|EPA-rated|NEDC|CLTC"
          + "|real-world|official)\\s+)*range\\b|^(?:\\s*\\([^)]{0,30}\\))?\\s*(?:on|per|from)\\s+(?:a\\s+|one\\s+)?(?:single\\s+|full\\s+)*charge\\b");

  /**
   * Whether the figure at {@code [rs, re)} of {@code sentence} (its number and unit) is a standing rate or a driving range,
   * which has no period whatever date its sentence states.
   */
  static boolean undated(String sentence, int rs, int re, String unit, Kind kind) {
    if (kind != Kind.AMOUNT) return false;
    String before = sentence.substring(0, rs);
    String after = sentence.substring(re);
    if ("percent".equals(unit)) return RATE_AFTER.matcher(after).find() || RATE_BEFORE.matcher(before).find();
    if ("km".equals(unit) || "mile".equals(unit)) return RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(after).find();
    return false;
  }
}
