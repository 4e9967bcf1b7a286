package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.lexicon.UnitTable;

/**
 * A price without its own per-unit takes that of a price in the same currency in the sentence.
 *
 * <pre>
 * "$15.89, $1,096 and $739 per ounce"                 → all USD/troy-ounce
 * "dropped $49 to close at $3,291 per tonne"          → $49 USD/tonne
 * "a $1.2 billion deal at $40,000 per tonne"          → $1.2 billion stays USD (a total)
 * "settled down 3.3 cents … at $1.602 per lb"          → 3.3 USc/pound (cents of the dollar price)
 * </pre>
 */
final class NeighbourPerUnits {

  private NeighbourPerUnits() {}

  /**
   * "$2.68, $5.94, $0.84 and $0.96 per pound", "US$136 a pound in 2007 before falling to about
   * US$40": a price without its own "per" unit takes that of a price in the same currency in the
   * sentence ("dropped $49 to close at $3,291 per tonne"), unless it is a total ("$1.2 billion").
   */
  static List<Quantity> fill(List<Quantity> qs, String sentence, int base) {
    List<Quantity> out = new ArrayList<>(qs);
    for (int i = 0; i < out.size(); i++) {
      Quantity q = out.get(i);
      if (!"Currency".equals(UnitTable.get().kind(q.unit())) || q.value() >= 1e6) continue;
      Quantity best = null;
      for (Quantity o : qs) {
        if ((o.unit().startsWith(q.unit() + "/") || o.unit().startsWith(majorOf(q.unit()) + "/")) && o.value() > 0 && q.value() / o.value() <= 1000 && q.value() / o.value() >= 0.001
            && (best == null || Math.abs(o.start() - q.start()) < Math.abs(best.start() - q.start()))) {
          best = o;
        }
      }
      if (best != null) out.set(i, q.withUnit(q.unit() + best.unit().substring(best.unit().indexOf('/'))));
    }
    return out;
  }


  /** The currency whose prices a minor unit's amounts go with: US cents with US dollars, pence with pounds. */
  private static String majorOf(String unit) {
    return switch (unit) {
      case "USc" -> "USD";
      case "GBp" -> "GBP";
      default -> unit;
    };
  }
}
