package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.claimgraph.lexicon.UnitTable;

/**
 * Money per counted thing is money: "a subsidy of 70,000 baht per vehicle" → 70,000 THB, "$0.14 per share" → 0.14 AUD,
 * "RMB 30,000 per vehicle" → 30,000 CNY, "18,000 baht per unit" → 18,000 THB, and money per distance is money too: "BDT 0.97 per
 * km", "Tk 8.60/km" → BDT (round 36; GUIDELINES' fresh28 call 29: the checks allow no currency per km). The devset's gold never writes a currency per counted noun (its per-units are
 * physical: USD/tonne, USD/kWh, CNY/Wh), so the thing counted stays in the sentence and the measure, not in the unit.
 * Prices per tonne, kilogram or kilowatt-hour and counts per year are left as they are.
 */
final class MoneyPerThing {

  private MoneyPerThing() {}

  /** The figures with each money-per-counted-noun unit reduced to its currency. */
  static List<Figure> apply(List<Figure> figures) {
    return reduce(figures, MoneyPerThing::currencyPerThing);
  }

  /** The figures with each unit {@code plain} maps to a unit (null: none) given that unit, all else kept. */
  static List<Figure> reduce(List<Figure> figures, UnaryOperator<String> plain) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      String unit = plain.apply(f.quantity().unit());
      out.add(unit == null ? f : new Figure(f.quantity().withUnit(unit), f.kind(), f.basis(), f.direction(), f.period(), f.measure(),
          f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /** The currency of "CUR/thing" where thing is a counted noun, else null. */
  static String currencyPerThing(String unit) {
    int slash = unit.indexOf('/');
    if (slash < 0) return null;
    String money = unit.substring(0, slash);
    UnitTable units = UnitTable.get();
    String thing = unit.substring(slash + 1);
    // "per unit" is a count; "BDT 0.97 per km" is a cost per distance, which the gold writes as its currency (fresh28 call 29)
    return "Currency".equals(units.kind(money)) && (units.isCounted(thing) || thing.equals("count") || "Length".equals(units.kind(thing)))
        ? money : null;
  }
}
