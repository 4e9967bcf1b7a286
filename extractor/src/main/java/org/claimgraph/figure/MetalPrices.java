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
 * </pre>
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

  private MetalPrices() {}

  /** {@code found} (each sentence's quantities) with each bare dollar price of a named metal market per tonne. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    for (Sentence s : sentences) {
      List<Quantity> qs = found.get(s);
      if (qs == null || qs.isEmpty() || !about(s.text())) continue;
      List<Quantity> out = null;
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        if (!priceSized(q)) continue;
        if (out == null) out = new ArrayList<>(qs);
        out.set(i, q.withUnit("USD/tonne"));
      }
      if (out != null) found.put(s, List.copyOf(out));
    }
  }

  /** Whether {@code sentence} names a base metal and its market, and no vehicle (a bare price there is a car's). */
  static boolean about(String sentence) {
    return METAL.matcher(sentence).find() && MARKET.matcher(sentence).find() && !CarriedPerUnits.VEHICLES.matcher(sentence).find();
  }

  private static boolean priceSized(Quantity q) {
    double v = Math.abs(q.value());
    double max = q.valueMax() == null ? v : Math.abs(q.valueMax());
    return q.unit().equals("USD") && v >= LOW && max <= HIGH;
  }
}
