package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * A "unit" of electricity is a kilowatt-hour: money "per unit" in a sentence about an electricity tariff is a price per kWh, as
 * South Asian news writes power tariffs (GUIDELINES' fresh28 call 29: "tariffs per unit of electricity → PKR/kWh"):
 *
 * <pre>
 * "the basic tariff for EV charging stations was fixed at Rs 23.57 per unit"            → PKR/kWh (INR/kWh until LocalSigns)
 * "cut the electricity tariff for charging stations from 92 PKR to 39.07 PKR per unit"   → both PKR/kWh (the 92 took the
 *                                                                                          per-unit from its partner already)
 * "a subsidy of IDR 7 million per unit for a new electric motorcycle"                   → IDR (no tariff word: a vehicle)
 * "import tariffs of Rs 50,000 per unit"                                                 → INR (too large for a kWh)
 * "an import tariff of Rs 500 per unit"                                                  → INR (a tax on goods: a trade word)
 * </pre>
 *
 * Runs before {@link CarriedPerUnits}, which carries the price per kWh to a bare tariff in the next sentences. The tariff words
 * are in {@code electricity-units.tsv}.
 */
final class ElectricityUnits {

  private static final List<Map<String, String>> WORDS = Tsv.read("electricity-units.tsv");
  /** Words that make the tariff an electricity one by themselves ("electricity", "power tariff"). */
  private static final Pattern STRONG = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "strong") + ")\\b");
  /** A bare "tariff", which a trade word makes a tax on goods. */
  private static final Pattern CUE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "cue") + ")\\b");
  private static final Pattern TRADE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "trade") + ")\\b");
  /** A price written per kWh ("$115/kWh … despite US tariffs") is a market's; a tariff this class reads is written per unit. */
  private static final Pattern WRITTEN_KWH = Pattern.compile("(?i)kwh|kilowatt[- ]hours?");
  /** A power tariff is a few units of its currency per kWh (PKR 23.57, INR 8, LKR 60); a thousand and more is per vehicle. */
  private static final double MAX = 1000;

  private ElectricityUnits() {}

  /** {@code found} (each sentence's quantities) with each tariff per unit of electricity per kWh. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, ElectricityUnits::apply);
  }

  /** The quantities of {@code text}, each amount of money per unit in a tariff sentence per kWh. */
  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = null;
    Boolean power = null;
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      String money = perUnitMoney(q.unit());
      if (money == null || Math.abs(q.value()) >= MAX) continue;
      // Read once per sentence, and only where a price per unit is there to rewrite.
      if (power == null) power = powerSentence(text);
      if (!power) continue;
      if (out == null) out = new ArrayList<>(qs);
      out.set(i, q.withUnit(money + "/kWh"));
    }
    return out == null ? qs : List.copyOf(out);
  }

  /**
   * Whether {@code unit} is money per kWh in a tariff sentence: a regulated rate of the country whose page it is, not a market's
   * price (the place stays the one a plain amount of money would take: "Rs23.57 per unit" on a Pakistani page is PK).
   */
  static boolean isTariff(String unit, String sentence) {
    int slash = unit == null ? -1 : unit.indexOf('/');
    return slash > 0 && unit.endsWith("/kWh") && "Currency".equals(UnitTable.get().kind(unit.substring(0, slash)))
        && !WRITTEN_KWH.matcher(sentence).find() && powerSentence(sentence);
  }

  /** Whether the sentence speaks of an electricity tariff: a strong word, or a bare "tariff" with no trade word ("import tariff"). */
  static boolean powerSentence(String text) {
    return STRONG.matcher(text).find() || CUE.matcher(text).find() && !TRADE.matcher(text).find();
  }

  /** The currency of "CUR/unit" (or "CUR/count", the finder's reading of "units"), else null. */
  private static String perUnitMoney(String unit) {
    int slash = unit == null ? -1 : unit.indexOf('/');
    if (slash < 0) return null;
    String thing = unit.substring(slash + 1);
    String money = unit.substring(0, slash);
    return (thing.equals("unit") || thing.equals("count")) && "Currency".equals(UnitTable.get().kind(money)) ? money : null;
  }
}
