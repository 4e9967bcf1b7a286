package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * A mass that a sentence compares with a mass per year is per year too (run after {@link YearRates}):
 *
 * <pre>
 * "targets an annual production of 506,000 tonnes …, with plans to double output to 1 million tonnes" → tonne/year
 * "an annual phosphate rock production of 47 million tons by 2017, against the current level of 34 million tons" → tonne/year
 * "2.8 million metric tonnes per annum …, down from its initial goal of 3 million tonnes"  → tonne/year
 * "480 000 tonnes annually while Spodumene plant is expected to produce 300 000 tonnes"   → tonne/year
 * "300,000 tons per year … phase 2, with capacity of 600,000 tons"                       → tonne (no comparison: fresh27 call 29)
 * "80,000 tonnes a year … to 95,000 tonnes in 2026"                                       → tonne (that year's amount)
 * </pre>
 *
 * The comparison is a {@code compare} word of {@code year-rates.tsv} in the last clause before the mass (no comma, colon or
 * bracket after it), or a {@code compare-next} word ("to") right before it, qualifiers allowed. Same unit only.
 */
final class YearRateCarries {

  private static final List<Map<String, String>> WORDS = Tsv.read("year-rates.tsv");
  /** The text between the rate and the mass ends in a comparison. */
  private static final Pattern COMPARED = Pattern.compile("(?i)(?:\\b(?:" + Tsv.alternation(WORDS, "compare") + ")\\b[^,;:.()]{0,50}\\s|\\b(?:"
      + Tsv.alternation(WORDS, "compare-next") + ")\\s+)" + YearRates.QUALIFIER + "$");

  private YearRateCarries() {}

  /** {@code found} (each sentence's quantities) with each mass compared with a rate per year in that rate's unit. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, YearRateCarries::apply);
  }

  /** The quantities of {@code text} (starting at {@code offset} in the article), each mass compared with a rate in its unit. */
  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = null;
    for (int j = 1; j < qs.size(); j++) {
      Quantity q = qs.get(j);
      if (!"Mass".equals(UnitTable.get().kind(q.unit()))) continue;
      String rate = q.unit() + "/year";
      Quantity prior = lastBefore(out != null ? out : qs, j, rate);
      if (prior == null) continue;
      int from = prior.end() - offset;
      int start = q.start() - offset;
      int end = q.end() - offset;
      if (from < 0 || from > start || end > text.length()) continue;
      if (!COMPARED.matcher(text.substring(from, start)).find() || YearRates.YEAR_AFTER.matcher(text.substring(end)).find()) continue;
      if (out == null) out = new ArrayList<>(qs);
      out.set(j, q.withUnit(rate));
    }
    return out == null ? qs : List.copyOf(out);
  }

  /** The nearest quantity before index {@code j} whose unit is {@code rate}, with no other mass of the plain unit between. */
  private static Quantity lastBefore(List<Quantity> qs, int j, String rate) {
    String plain = qs.get(j).unit();
    for (int i = j - 1; i >= 0; i--) {
      String u = qs.get(i).unit();
      if (rate.equals(u)) return qs.get(i);
      if (plain.equals(u)) return null;
    }
    return null;
  }
}
