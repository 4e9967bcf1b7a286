package org.claimgraph.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * Vehicles registered, chargers installed and charging hubs counted in one country's market are that market's, whoever
 * makes or runs them (lexicon {@code market-counts.tsv}):
 *
 * <pre>
 * "Between them, InstaVolt, Tesla, bp pulse, Osprey and GRIDSERVE installed 839 chargers …" (UK page)  → GB, not Tesla's US
 * "Then follows Volkswagen Golf (748), Mitsubishi Outlander (614) …" (Norway's registrations)           → NO, not DE
 * </pre>
 *
 * Only where the text runs on about that market (the last figure before it with a place has that one country), the
 * sentence names no country, region or the world, and no company output: "Tesla produced more than 365,000 vehicles" after
 * Australian sales stays the company's, while deliveries to the market are the market's ("Tesla reached a record delivery
 * month with a total of 2,004 vehicles delivered" in Norway).
 */
final class MarketCounts {

  private static final Set<String> UNITS = Tsv.read("market-counts.tsv").stream().map(r -> r.get("unit")).collect(Collectors.toUnmodifiableSet());
  private static final Pattern WORLD = Pattern.compile(
      "(?i)\\b(?:global|globally|world|world['’]s|worldwide|international|internationally|overseas|abroad)\\b");
  /** What a company makes or ships is its own result, not a count of the market. */
  private static final Pattern COMPANY_OUTPUT = Pattern.compile(
      "(?i)\\b(?:produc(?:ed|es|tion)|output|manufactur\\w*|built|exported|exports?|shipped|shipments?)\\b");

  private MarketCounts() {}

  /**
   * The market the figure of {@code unit} in {@code sentence} counts things in: the one country of the last figure before it
   * that has a place, where the sentence names a company of another home; else null.
   *
   * @param before the figures of the text before the sentence, in text order
   */
  static String market(String sentence, String unit, List<Figure> before, PlaceResolver places, Lexicon lexicon) {
    if (!UNITS.contains(unit)) return null;
    List<String> last = List.of();
    for (int i = before.size() - 1; i >= 0 && last.isEmpty(); i--) last = before.get(i).place();
    if (last.size() != 1) return null;
    String market = last.get(0);
    List<String> homes = places.companyCountries(sentence);
    if (homes.isEmpty() || homes.stream().allMatch(market::equals)) return null;
    if (!places.mentions(sentence).isEmpty() || !lexicon.findRegions(sentence).isEmpty()) return null;
    return WORLD.matcher(sentence).find() || COMPANY_OUTPUT.matcher(sentence).find() ? null : market;
  }
}
