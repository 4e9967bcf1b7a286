package org.claimgraph.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * A mineral's demand or supply stated without a country is the world market's, not the country a page is about
 * (devset/GUIDELINES.md, "Places": a figure without a country of its own has none):
 *
 * <pre>
 * "The Cobalt Institute … says demand this year could increase by more than 10%" on a page about Congo → no place
 * "Out to 2025 it expects lithium supply to grow an average of 34 percent a year"  on a page about China → no place
 * "In comparison, 2024 saw an increase of 4% on the previous year." (after cobalt demand)     → no place
 * "In 2024, the cobalt market was in a surplus of 36,000 tons, or 15% of demand"   on a page about Congo → no place
 * </pre>
 *
 * Not a country's own: a sentence naming a country ("the lithium supply in China"), a company, or the home market
 * ("Domestic ore supply is lower than demand that reached 200 million tons"); not a vehicle market's demand (the page's
 * market), nor the verb ("will supply 10,000 tonnes").
 */
final class WorldMarkets {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** A market's flows, and the nouns that name them ("supplies" are a seller's shipments). */
  private static final Set<String> MARKET = Set.of("demand", "supply", "consumption", "surplus", "deficit");
  /** A market's balance: what supply exceeds demand by, or falls short of it by. */
  private static final Set<String> BALANCE = Set.of("surplus", "surpluses", "deficit", "deficits");
  /** "a trade surplus", "the budget deficit": a trader's or a government's balance, no market's. */
  private static final Pattern BALANCE_OWNER_BEFORE = Pattern.compile("(?i)\\b(?:trade|budget|fiscal|account|export|import|revenue|cash)\\s+$");
  /** "will supply", "to supply": the verb, a seller's delivery. */
  private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(?:will|would|could|can|may|might|to|shall|must|also)\\s+$");
  private static final Pattern HOME_MARKET = Pattern.compile(
      "(?i)\\b(?:domestic|domestically|national|nationwide|local|the\\s+country(?:['’]s)?|the\\s+nation(?:['’]s)?)\\b");
  /** "supply chains", "supply-side", "demand-side": the flow word as a modifier of another noun. */
  private static final Pattern COMPOUND_AFTER = Pattern.compile("(?i)[\\s-]+(?:chains?|side|lines?|routes?|networks?)\\b");
  /** Products whose demand is a national market's (MeasureParts' product ids). */
  private static final Set<String> PRODUCTS = Set.of("nev", "ev", "bev", "phev", "vehicle", "wind-turbine");

  private WorldMarkets() {}

  /**
   * Whether the figure at {@code start} of {@code sentence}, of {@code measure}, is a mineral's demand or supply that names
   * no country of its own.
   *
   * @param namesPlace whether the sentence names a country or a company (whose figures are theirs)
   */
  static boolean of(String sentence, int start, String measure, boolean namesPlace) {
    if (namesPlace || measure == null || HOME_MARKET.matcher(sentence).find()) return false;
    MeasureParts parts = MeasureParts.of(measure);
    // "demand for natural graphite from the battery sector" (measure "battery demand"): the sentence names the mineral.
    boolean mineral = parts.material() != null ? !PRODUCTS.contains(parts.material())
        : !Lexicon.get().materials().find(sentence).isEmpty();
    if (!mineral) return false;
    String flow = flowWordOf(sentence, start);
    return flow == null ? parts.flow() != null && MARKET.contains(parts.flow()) : MARKET.contains(flow);
  }

  /**
   * The flow word the figure at {@code start} is about: the last one before it, else the first after it ("a 10% annual
   * increase in demand for cobalt"); "" for a verb ("to supply"), which names no market; null where the sentence has none
   * ("In comparison, 2024 saw an increase of 4%": the measure carried from the sentence before tells).
   */
  private static String flowWordOf(String sentence, int start) {
    Matcher m = WORD.matcher(sentence);
    String before = null;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (BALANCE.contains(word)) {
        word = BALANCE_OWNER_BEFORE.matcher(sentence.substring(0, m.start())).find() ? "" : word.startsWith("surplus") ? "surplus" : "deficit";
      } else if (MeasureParts.of(word).flow() == null) {
        continue;
      }
      // "suggests supply chains are steadying", "demand side": a compound's modifier names no market's flow.
      if (COMPOUND_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue;
      if (VERB_BEFORE.matcher(sentence.substring(0, m.start())).find()) word = "";
      if (m.start() >= start) return before != null ? before : word;
      before = word;
    }
    return before;
  }
}
