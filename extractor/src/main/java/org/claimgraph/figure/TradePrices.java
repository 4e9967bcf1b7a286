package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A price the page's country trades at: "The average export price for graphite … stood at $456 per ton in May 2024"
 * (IndexBox, on China's graphite exports), "one ton of copper was exported at an average price of $1,237" (Hetq and
 * Mining Europe, on Armenia's copper exports). A price is a market's, and {@link PlaceResolver#priceMarket} reads only a
 * market its sentence names ("CIF China", "prices in China", a yuan price); a price its sentence calls an export, import
 * or domestic price (trade-price-cues.tsv) is the exporting, importing or selling country's, the one the page or its
 * paragraph is about (GUIDELINES, Places: "Prices: the market's country where it is a country"). A sentence naming
 * another country, a region or a world market ("global", "LME", "benchmark") keeps the price without one.
 */
final class TradePrices {

  private static final List<java.util.Map<String, String>> ROWS = Tsv.read("trade-price-cues.tsv");
  private static final Pattern CUE = words("trade");
  /** A world market's price: "global prices", "on the London Metal Exchange", "benchmark nickel". */
  private static final Pattern WORLD = words("world");

  private static Pattern words(String role) {
    return Pattern.compile("(?i)(?<![\\p{L}-])(?:"
        + Tsv.literalAlternation(ROWS.stream().filter(r -> r.get("role").equals(role)).toList(), "form") + ")(?![\\p{L}-])");
  }

  private TradePrices() {}

  /**
   * The place of a price whose sentence names no market: {@code country} (the page's or paragraph's, null for none) where the
   * sentence calls the price a trade or domestic one and names no other country, no region and no world market; else empty.
   */
  static List<String> place(String sentence, String country, List<PhraseMatcher.Match<Lexicon.Country>> mentions, boolean namesRegion) {
    if (country == null || namesRegion || !CUE.matcher(sentence).find() || WORLD.matcher(sentence).find()) return List.of();
    for (var m : mentions) if (!m.value().code().equals(country)) return List.of();
    return List.of(country);
  }
}
