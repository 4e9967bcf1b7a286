package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * What a carmaker sold or registered in one country's market is the market's, not its home's (devset/GUIDELINES.md, fresh14
 * call 29, fresh22 call 41: brand sales inside a national market take that country). Two readings widen the measure-based test
 * of {@code FigureExtractor.soldInMarket}:
 *
 * <pre>
 * "The top five brands registered were led by Toyota (843), followed by Suzuki (248)" (Colombia)  → CO, not JP
 * "… with 222 registered in June" (New Zealand), "reported selling 4.9 vehicles every minute" (Vietnam)
 * "International brands also performed well, with Tesla selling 3,924 units" (Türkiye)          → TR, not US
 * </pre>
 *
 * A measure that names no flow of its own ("vehicle", none) takes the sale or registration the sentence's verb names; and
 * "international brands", "foreign carmakers" describe who sold, not a world scope of the figure.
 */
final class MarketSales {

  /** A sale or registration stated by the sentence's verb or noun. */
  private static final Pattern SOLD = Pattern.compile(
      "(?i)\\b(?:sold|sells?|selling|sales|registered|registrations?)\\b");
  /** Makers described as foreign or international: who sold, not where. */
  private static final Pattern MAKER_SCOPE = Pattern.compile(
      "(?i)\\b(?:international|foreign|overseas)\\s+(?:car\\s*)?(?:brands?|makers?|carmakers?|automakers?|manufacturers?|marques?|players?)\\b");

  private MarketSales() {}

  /** Whether the sentence states a sale or registration where the measure names no flow. */
  static boolean soldBySentence(String sentence, MeasureParts measure) {
    return measure.flow() == null && measure.scope() == null && SOLD.matcher(sentence).find();
  }

  /** The sentence without the words that describe makers as foreign or international, for a world-scope test. */
  static String withoutMakerScope(String sentence) {
    return MAKER_SCOPE.matcher(sentence).replaceAll("brands");
  }
}
