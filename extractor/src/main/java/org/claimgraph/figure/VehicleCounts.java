package org.claimgraph.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;

/**
 * Counted vehicles in the unit the gold writes them in, {@code vehicle} (GUIDELINES.md, fresh5 calls: "buses,
 * motorcycles and e-bikes are vehicle"; {@code vehicle-nouns.tsv}):
 *
 * <pre>
 * "70 electric buses", "two million motorcycles", "31,000 of the new hybrids"   → vehicle (a kind of vehicle)
 * "a record global BEV market of 10,002,636 sales" in an article about cars     → vehicle (sales of vehicles)
 * "90 units a month", "an average of over 90,000 EVs per month"                 → vehicle (a monthly average of a count)
 * "5,000 sales" of a retailer, "10,500 tonnes a year"                           → unchanged
 * </pre>
 *
 * A count per month is the month's count, as the gold writes it ("59,000 units per month" → vehicle); a count per
 * year stays a rate, the unit of capacities ("1 million EVs per year", "150,000 cars per year" → vehicle/year).
 */
final class VehicleCounts {

  /** Words of vehicle news: three of them make an article about vehicles. */
  private static final Pattern VEHICLE_WORD = Pattern.compile(
      "\\b(?:(?i:cars?|vehicles?|automakers?|carmakers?|automobiles?|hybrids?|motorcycles?|two-wheelers?|scooters?)|EVs?|BEVs?|PHEVs?|NEVs?)\\b");
  private static final Map<String, String> WHEN = load();

  private VehicleCounts() {}

  /** Whether {@code text} (an article's title and text) is about vehicles. */
  static boolean vehicleNews(String text) {
    Matcher m = VEHICLE_WORD.matcher(text);
    int n = 0;
    while (m.find()) if (++n >= 3) return true;
    return false;
  }

  /** The unit of a counted figure: {@code vehicle} for counted vehicles, the count for a count per month, else {@code unit}. */
  static String unit(String unit, boolean vehicleNews) {
    if (unit.endsWith("/month")) {
      String counted = unit.substring(0, unit.length() - "/month".length());
      // "8,500 to 9,500 units a month": a monthly count, not a rate (tonnes and money per month stay rates)
      if (UnitTable.get().isCounted(counted) || counted.equals("count")) return unit(counted, vehicleNews);
      return unit;
    }
    int per = unit.indexOf('/');
    if (per > 0 && "Time".equals(UnitTable.get().kind(unit.substring(per + 1)))) {
      // "150,000 cars per year": a rate of counted vehicles is vehicles per that time, as "1 million EVs per year" is
      String counted = unit(unit.substring(0, per), vehicleNews);
      return counted.equals("vehicle") ? counted + unit.substring(per) : unit;
    }
    String when = WHEN.get(unit);
    if ("always".equals(when) || "vehicle-text".equals(when) && vehicleNews) return "vehicle";
    return unit;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (var row : Tsv.read("vehicle-nouns.tsv")) out.put(row.get("noun"), row.get("when"));
    return Map.copyOf(out);
  }

  /** The rows of {@code vehicle-nouns.tsv}, for tests. */
  static java.util.List<Map<String, String>> rows() {
    return Tsv.read("vehicle-nouns.tsv");
  }
}
