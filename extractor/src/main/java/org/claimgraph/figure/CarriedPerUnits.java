package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * A price written without its per-unit just after a price that states one, in the same currency and of the same order of
 * magnitude, is a price per that unit: the text goes on quoting the same market ({@link NeighbourPerUnits} does this
 * within a sentence).
 *
 * <pre>
 * "… trading at about $34,500 per tonne. … that works out to about $30,500 on an LME equivalent basis" → USD/tonne
 * "73,000-81,000 yuan per tonne" / "Offer reported at 80,000-83,000 yuan"                            → CNY/tonne
 * "… packs for less than $100 a kilowatt hour" / "The Model 3 now sells for $38,990"                  → stays USD (far from it)
 * "… $13,000 a tonne last week. The miner raised $2.5 million"                                        → stays USD (a total)
 * </pre>
 */
final class CarriedPerUnits {

  /** How many sentences back a price's per-unit still holds: the next one or two go on about it. */
  private static final int SENTENCES_BACK = 2;
  /**
   * Within half an order of magnitude of the price (a factor of √10) a bare amount is a price of the same market ("$100,000 a
   * tonne" … "a starting price under $48,000"); farther off it is something else (a subsidy of "₹25,000" after "₹5,000 per
   * kWh", a car's price after a battery's).
   */
  private static final double RATIO = Math.sqrt(10);
  /** At a million and above an amount is a total (a deal, revenue), not a price per unit. */
  private static final double TOTAL = 1e6;

  /**
   * A sentence about vehicles: a bare price in it is a car's (or a scooter's), not a metal's per tonne or a cell's per kWh
   * named in a sentence that is not about vehicles ("Nickel rose to $25,000 a tonne. The cheapest Model 3 now sells for
   * $38,990": review17).
   */
  static final Pattern VEHICLES = Pattern.compile(
      "(?i)\\b(?:vehicles?|cars?|EVs?|BEVs?|PHEVs?|sedans?|SUVs?|hatchbacks?|pickups?|trucks?|scooters?|motorcycles?|(?-i:Model\\s+\\w))\\b");

  private CarriedPerUnits() {}

  /** {@code found} (each sentence's quantities) with a bare price after a price per unit in that unit. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    Quantity last = null;
    int lastSentence = -1;
    for (int i = 0; i < sentences.size(); i++) {
      List<Quantity> qs = found.get(sentences.get(i));
      if (qs == null || qs.isEmpty()) continue;
      List<Quantity> out = null;
      for (int j = 0; j < qs.size(); j++) {
        Quantity q = qs.get(j);
        if (perUnitPrice(q)) {
          last = q;
          lastSentence = i;
          continue;
        }
        if (last != null && lastSentence < i && i - lastSentence <= SENTENCES_BACK && carries(last, q)
            && !(VEHICLES.matcher(sentences.get(i).text()).find() && !VEHICLES.matcher(sentences.get(lastSentence).text()).find())) {
          if (out == null) out = new ArrayList<>(qs);
          // the carried price goes on to the next bare one ("of US$78 and US$37"), still counted from the stated price
          Quantity priced = q.withUnit(last.unit());
          out.set(j, priced);
          last = priced;
        }
      }
      if (out != null) found.put(sentences.get(i), List.copyOf(out));
    }
  }

  private static boolean perUnitPrice(Quantity q) {
    int slash = q.unit().indexOf('/');
    return slash > 0 && "Currency".equals(UnitTable.get().kind(q.unit().substring(0, slash)));
  }

  private static boolean carries(Quantity price, Quantity q) {
    if (!price.unit().startsWith(q.unit() + "/") || !"Currency".equals(UnitTable.get().kind(q.unit()))) return false;
    double amount = Math.abs(q.value());
    double level = Math.abs(price.value());
    return amount > 0 && amount < TOTAL && level > 0 && amount / level <= RATIO && level / amount <= RATIO;
  }
}
