package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A share of a market's sales or registrations ("BMW topped the list with a market share of 21 percent", "Cars from Chinese
 * brands accounted for 40% of all cars imported into Brazil", "a technology that represents 22.6% of the market") counts what was
 * sold over a span. Stating no period, in the paragraph right after the one that dated the sales ("… dominated the electric car
 * sales in the first half of this year."), it is of that span: reports give each maker's or market's share a paragraph of its own.
 * Not a share of world supply or of a global market ("over 80% of the global market for rare earth magnets": a standing fact),
 * nor of a price or cost ("capped at 40 per cent of the vehicle cost"). The nouns are in {@code sales-share-nouns.tsv}.
 */
final class SalesShares {

  private static final List<Map<String, String>> WORDS = Tsv.read("sales-share-nouns.tsv");
  private static final String COUNTED = forms("counted");
  private static final String PRICED = forms("priced");
  /** "a market share of 13 percent" (not a global one), "22.6% of the market", "of all new car sales", "of new registrations". */
  private static final Pattern CUE = Pattern.compile("(?i)(?<!\\b(?:global|world)\\s)\\bmarket\\s+share\\b"
      + "|\\bof\\s+the\\s+(?!(?:global|world|worldwide|international)\\b)(?:[\\w-]+\\s+)?market\\b"
      + "|\\bof\\s+(?:all\\s+|total\\s+|overall\\s+)?(?:new\\s+)?(?:(?!the\\b)[\\w-]+\\s+){0,2}(?:" + COUNTED + ")\\b(?!\\s+(?:" + PRICED + ")\\b)");

  private SalesShares() {}

  /** Whether {@code sentence} states a share of a market's sales or registrations. */
  static boolean of(String sentence) {
    return CUE.matcher(sentence).find();
  }

  private static String forms(String role) {
    return String.join("|", WORDS.stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("form")).toList());
  }
}
