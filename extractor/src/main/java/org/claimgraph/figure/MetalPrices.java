package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.nlp.Sentence;

/**
 * A base metal's price is quoted per tonne, and news often drops the per-unit once the market is named: a bare dollar amount of a
 * tonne's price size in a sentence that names the metal and its market is a price per tonne (the gold writes every such price
 * USD/tonne, and none USD):
 *
 * <pre>
 * "Nickel prices soared to a two-year peak at $US13,030 on November 1"                     → USD/tonne
 * "at the London Metal Exchange copper reached record highs and the most up April 12 - 3338 USD" → USD/tonne
 * "Copper briefly took out $10,000 last Wednesday, trading an intraday high of $10,008"     → USD/tonne, both
 * "The cheapest Model 3 with a nickel-rich battery is priced at $38,990"                    → USD (a car's price)
 * "Copper miner X's shares traded at $45" , "Codelco will invest $1,400 million"            → USD (too small; a total)
 * "… $3,408 a ton. Tin slipped $45 to $8,950"   → both USD/tonne: a metal named just after a price per tonne needs no market
 *                                                 word, and a change beside a price per tonne is in its unit
 * </pre>
 *
 * A vehicle named before the amount makes it a car's price; one named after it ("… a rally triggered by demand for … electric
 * vehicles") does not.
 *
 * Runs after {@link CarriedPerUnits}, which carries a stated per-unit to the bare prices after it. The words are in
 * {@code metal-prices.tsv}.
 */
final class MetalPrices {

  private static final List<Map<String, String>> WORDS = Tsv.read("metal-prices.tsv");
  private static final Pattern METAL = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "metal") + ")\\b");
  private static final Pattern MARKET = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "market") + ")\\b");
  /** Base metals trade between about a thousand dollars a tonne (aluminium, zinc, copper in the 2000s) and a hundred thousand. */
  private static final double LOW = 1_000;
  private static final double HIGH = 150_000;
  /**
   * A metal named without its market in one of the next sentences after a price per tonne goes on with that market: "Zinc gained
   * $68, or 2 percent, to $3,408 a ton. Tin slipped $45 to $8,950 and aluminum dropped $2 to $2,468" (as {@link CarriedPerUnits}).
   */
  private static final int SENTENCES_BACK = 2;

  private MetalPrices() {}

  /** {@code found} (each sentence's quantities) with each bare dollar price of a named metal market per tonne. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    int lastPerTonne = -SENTENCES_BACK - 1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<Quantity> qs = found.get(s);
      if (qs == null || qs.isEmpty()) continue;
      if (metalNamed(s.text()) && (MARKET.matcher(s.text()).find() || i - lastPerTonne <= SENTENCES_BACK)) {
        List<Quantity> out = new ArrayList<>(qs);
        for (int j = 0; j < out.size(); j++) {
          Quantity q = out.get(j);
          if (priceSized(q) && !vehicleBefore(s, q)) out.set(j, q.withUnit("USD/tonne"));
        }
        // "Tin slipped $45 to $8,950": the change beside a price per tonne is in the price's unit
        if (!CarriedPerUnits.VEHICLES.matcher(s.text()).find()) out = NeighbourPerUnits.fill(out, s.text(), s.start());
        if (!out.equals(qs)) found.put(s, List.copyOf(out));
      }
      if (found.get(s).stream().anyMatch(q -> q.unit().endsWith("/tonne"))) lastPerTonne = i;
    }
  }

  private static boolean metalNamed(String sentence) {
    return METAL.matcher(sentence).find();
  }

  /**
   * Whether a vehicle is named before {@code q} in {@code s}: "the cheapest Model 3 is now priced at $38,990" is a car's price,
   * while "Nickel prices soared to … $US13,030 … in a rally triggered by demand … for electric vehicles" names the cars after the
   * metal's price, as the reason it moved.
   */
  private static boolean vehicleBefore(Sentence s, Quantity q) {
    int upTo = Math.max(0, Math.min(s.text().length(), q.start() - s.start()));
    return CarriedPerUnits.VEHICLES.matcher(s.text().substring(0, upTo)).find();
  }

  private static boolean priceSized(Quantity q) {
    double v = Math.abs(q.value());
    double max = q.valueMax() == null ? v : Math.abs(q.valueMax());
    return q.unit().equals("USD") && v >= LOW && max <= HIGH;
  }
}
