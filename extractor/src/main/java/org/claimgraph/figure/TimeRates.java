package org.claimgraph.figure;

import java.util.List;
import org.claimgraph.lexicon.UnitTable;

/**
 * A rate over a time shorter than a year is its amount, and money over any time is money: "$2 million a day" → USD, "$25 per
 * hour" → USD, "€100 per month" → EUR, "revenue of about US$17 million a year" → USD, "50,000 vehicles per quarter" → vehicle,
 * "17,000 tons a month" → tonne. The gold's units (devset/check.py, GUIDELINES.md: "17,000 tons a month is kept as tonne",
 * fresh14: "$2 million a day keeps its rate in the quote (unit USD)") write a rate only as a capacity per year of a counted or
 * mass unit ({@code tonne/year}, {@code vehicle/year}); the time stays in the quote. Those, and physical rates such as
 * {@code barrel/day} read from one unit form, are left as they are.
 */
final class TimeRates {

  private TimeRates() {}

  /** The figures with each such rate reduced to its amount's unit. */
  static List<Figure> apply(List<Figure> figures) {
    return MoneyPerThing.reduce(figures, TimeRates::amountOf);
  }

  /** The unit before the slash of "A/T" where T is a time and A is money, or T is shorter than a year; else null. */
  static String amountOf(String unit) {
    int slash = unit.indexOf('/');
    if (slash < 0 || unit.indexOf('/', slash + 1) >= 0) return null;
    String amount = unit.substring(0, slash);
    String time = unit.substring(slash + 1);
    UnitTable units = UnitTable.get();
    // "per quarter" is read as a counted noun (no unit code): a time all the same
    if (!"Time".equals(units.kind(time)) && !time.equals("quarter")) return null;
    if ("Currency".equals(units.kind(amount))) return amount;
    // "barrel/day", "tonne/day" are one unit form of units.tsv (a flow the gold keeps as written); only a count or a mass
    // the finder joined with a time is reduced
    boolean counted = units.isCounted(amount) || amount.equals("count");
    boolean mass = "Mass".equals(units.kind(amount));
    return !time.equals("year") && (counted || mass) && !unit.equals("tonne/day") ? amount : null;
  }
}
