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
 * Only where the text runs on about that market (the last figure before it with a place has that one country, is no
 * result of a company of that country and stands at most two sentences back), the sentence names no country, region or
 * the world, and no company output: "Tesla produced more than 365,000 vehicles" after Australian sales stays the
 * company's, while deliveries to the market are the market's ("Tesla reached a record delivery month with a total of 2,004
 * vehicles delivered" in Norway).
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
   * @param sentenceIndex the sentence's index in the text
   * @param before the figures of the text before the sentence, in text order
   */
  static String market(String sentence, int sentenceIndex, String unit, List<Figure> before, PlaceResolver places, Lexicon lexicon) {
    Figure last = null;
    for (int i = before.size() - 1; i >= 0 && last == null; i--) if (!before.get(i).place().isEmpty()) last = before.get(i);
    if (last == null || last.place().size() != 1) return null;
    // "Then follows Volkswagen Golf (748), …" after "… with 873 cars": a bare count goes on counting what the figure before counted.
    if (!UNITS.contains("count".equals(unit) ? last.quantity().unit() : unit)) return null;
    String market = last.place().get(0);
    // "… surpassing Tesla’s sales of $25.2 billion" then "BYD’s plug-in hybrids … 310,912 units": a company's own figure is no market.
    if (places.companyCountries(last.evidence().sentence()).contains(market)) return null;
    List<String> homes = places.companyCountries(sentence);
    if (homes.isEmpty() || homes.stream().allMatch(market::equals)) return null;
    // "Kenyan company BasiGo … 20 electric buses" three sentences after Egypt's buses: the text has moved on.
    if (sentenceIndex - last.evidence().sentenceIndex() > 2) return null;
    if (!places.mentions(sentence).isEmpty() || !lexicon.findRegions(sentence).isEmpty()) return null;
    return WORLD.matcher(sentence).find() || COMPANY_OUTPUT.matcher(sentence).find() ? null : market;
  }
}
