package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * Words by which a company states its own prices and costs (lexicon {@code company-own-prices.tsv}): "The operation's
 * average realised price for spodumene was $US3984 per tonne", "was sold at an average price of US$1,078/dmt", "Unit
 * costs … are expected to be A$650-680 per tonne", "Cash cost per ton decreased 34% to $76.16". Such a figure is a company
 * result, its company's country (devset/GUIDELINES.md, "Places"), not a market price that names no market. Not an
 * industry's or the world's average ("The gold miners' global average all-in sustaining cost rose to US$1,315/oz").
 */
final class OwnPrices {

  private static final Pattern WORDS = compile();
  private static final Pattern NOT_OWN = Pattern.compile("(?i)\\b(?:global|globally|world|world['’]s|worldwide|industry|industry['’]s|sector['’]s)\\b");

  private OwnPrices() {}

  private static Pattern compile() {
    List<String> phrases = new ArrayList<>();
    for (var row : Tsv.read("company-own-prices.tsv")) phrases.add(row.get("phrase"));
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String p : phrases) {
      alternatives.add(String.join("\\s+(?:[\\p{L}-]+\\s+){0,2}?", List.of(p.split(" ")).stream().map(Pattern::quote).toList()) + "s?");
    }
    // "sold at least 2,000 cars": a quantity, no price
    return Pattern.compile("(?i)\\b(?:" + String.join("|", alternatives) + ")\\b(?!\\s+(?:least|most)\\b)");
  }

  /**
   * Whether {@code words}, the text of the figure's clause before it (from its company on, or from the clause's start),
   * state a company's own price or cost.
   */
  static boolean stated(String words) {
    return WORDS.matcher(words).find() && !NOT_OWN.matcher(words).find();
  }
}
