package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A vehicle's own price: what buyers pay for a car in one market ("the average transaction price for new EVs in September was
 * $56,328", "the average selling price of a three-year-old electric vehicle was around $28,400, a 25% drop"). Stating no place,
 * it is the page's country's like the market's sales around it (devset/GUIDELINES.md "Places": the subject carries over), where a
 * commodity's price is an exchange's or a world market's and takes none ("the price of cobalt … has nearly doubled"), and so is
 * a battery part's ("the average price of pure EV cells is only $89/kWh"). Gold on fresh10 cbtnews, fresh12 digitaltrends,
 * fresh15 nmgninja (US pages): every such price is the page's country's. Words: {@code retail-vehicles.tsv}.
 */
final class VehiclePrices {

  private static final List<Map<String, String>> WORDS = Tsv.read("retail-vehicles.tsv");
  private static final Set<String> VEHICLES = Tsv.formSet(WORDS, "vehicle");
  private static final Pattern PARTS = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "part") + ")\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

  private VehiclePrices() {}

  /**
   * Whether a figure of {@code measure} in {@code unit} is a vehicle's retail price: a price measure naming a vehicle, in money
   * (no price per tonne, kWh or pound) or in percent, in a sentence naming no material nor a battery part (theirs are a market's).
   */
  static boolean retail(String measure, String unit, String sentence, Lexicon lexicon) {
    if (measure == null || unit == null || !"price".equals(MeasureParts.of(measure).flow())) return false;
    if (unit.contains("/") || !(unit.equals("percent") || unit.matches("[A-Z]{3}"))) return false;
    boolean vehicle = false;
    var m = WORD.matcher(measure.toLowerCase(Locale.ROOT));
    while (m.find() && !vehicle) vehicle = VEHICLES.contains(m.group());
    return vehicle && !PARTS.matcher(measure).find() && !PARTS.matcher(sentence).find() && lexicon.materials().find(sentence).isEmpty();
  }
}
