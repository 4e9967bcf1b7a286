package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * Figures that state a standing rule or a product's specification, not data of a period (guidelines: "Tariff rates are
 * amount … with no period"; "a range of over 2,000 km" has none): a tariff, duty, levy, surcharge, rebate or tax rate
 * ("a 25% tariff on imported cars in April", "duties of up to 38.1 percent … from July 4") and a vehicle's driving range
 * ("a range of up to 295 kilometers (183 miles) on a single charge"). The day a tariff was imposed or a car launched is
 * an event, not the rate's or the range's period.
 */
final class StandingRates {
  private StandingRates() {}

  /** The rate nouns, clause stops and hedges of {@code standing-rates.tsv}. */
  private static final List<Map<String, String>> WORDS = Tsv.read("standing-rates.tsv");
  private static final String RATE_NOUN = "(?:" + Tsv.alternation(WORDS, "noun") + ")";
  /** "up to", "about": a hedge before a rate. */
  private static final String HEDGE = "(?:" + Tsv.alternation(WORDS, "lead") + ")";
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
      "(?i)\\b" + RATE_NOUN + "\\s+(?:on\\s+[\\p{L}.'’ -]{1,40}?\\s+)?(?:rates?\\s+)?(?:of|at|to)\\s+(?:" + HEDGE + "\\s+)?$");
  /**
   * A rate set, cut or raised: "reduction of excise duty on EVs from 20 per cent to 10 per cent", "reduces the tax rate on
   * completely imported electric vehicles to 15%", "lowering tax from 11 percent to 1 percent", "reduce royalties to a flat 2.5
   * percent from 5-10 percent", "duty are slapped at the rate of 30 percent", "modified the tariff rates for certain EV types and
   * their parts and components to zero": the noun, then words in its clause (no number, no clause break, no word of a measure the
   * rate is not: "tax revenue"), then "from", "to", "at" or "of"; or the other end of a "from … to …" pair.
   */
  private static final String CLAUSE = "(?:(?!\\s(?:" + Tsv.alternation(WORDS, "stop") + ")\\b)[^\\d,;:.%])";
  private static final String LEAD = "(?:" + Tsv.alternation(WORDS, "lead") + "|" + Tsv.alternation(WORDS, "set-lead") + ")";
  private static final Pattern RATE_SET = Pattern.compile(
      "(?i)\\b" + RATE_NOUN + "\\b" + CLAUSE + "{0,70}?\\b(?:of|at|to|from)\\s+(?:" + LEAD + "\\s+)?"
          + "(?:(?:a\\s+flat\\s+)?[\\d.,]+(?:\\s*[-\\u2013]\\s*[\\d.,]+)?(?:\\s*(?:%|per\\s*cent|percent|pc))?\\s+(?:from|to)\\s+(?:" + LEAD + "\\s+)?)?$");
  /**
   * "reduced the export tax rebate from 8% to 5% in January", "set the royalty tax rate … at 9% in April": a rate the sentence dates
   * right after it is the rate of that time (the gold dates these), so {@link #RATE_SET} leaves it alone.
   */
  private static final Pattern TIME_AFTER = Pattern.compile(
      "(?i)^\\s*(?:[^\\s\\d,;:.]+\\s+){0,2}?(?:in|from|on|since|as\\s+of|effective|starting)\\s+(?:" + PeriodResolver.MONTH + "|(?:19|20)\\d{2}\\b)");
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
    if ("percent".equals(unit)) return RATE_AFTER.matcher(after).find() || RATE_BEFORE.matcher(before).find()
        || RATE_SET.matcher(before).find() && !TIME_AFTER.matcher(after).find();
    if ("km".equals(unit) || "mile".equals(unit)) return RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(after).find();
    return false;
  }
}
