package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * A price whose tonne follows it with no "per" or slash between is a price per tonne, as trade notes write it:
 *
 * <pre>
 * "Lithium prices in the international market fell from $16,500 MT in 2018 to $10,500 MT in 2019" → USD/tonne, both
 * "Nickel prices have crashed below $14,000 tonne, the lowest since July"                     → USD/tonne
 * "a $2.5 billion MT Holland expansion", "$500 tonnes of ore"                                  → left alone (a name; a mass)
 * </pre>
 */
final class SpacedTonnes {

  /**
   * A singular tonne word just after the amount, not a name ("MT Holland"), a mass of something ("tons of"), nor the first part
   * of a compound unit ("$0.05 tonne-km", "$0.03 ton mile": a freight rate per tonne carried a distance, not per tonne).
   */
  private static final Pattern TONNE_AFTER = Pattern.compile("^ ?(?:MT|mt|tonne|ton)\\b(?![-‑–]\\p{L})(?!\\s+(?:of\\b|\\p{Lu}|miles?\\b|km\\b|kilomet))");
  /** At a million and above an amount is a total, not a price. */
  private static final double TOTAL = 1e6;

  private SpacedTonnes() {}

  /** {@code found} (each sentence's quantities) with each bare price followed by its tonne per tonne, its quote taking the tonne. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    for (Sentence s : sentences) {
      List<Quantity> qs = found.get(s);
      if (qs == null || qs.isEmpty()) continue;
      List<Quantity> out = null;
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        if (!"Currency".equals(UnitTable.get().kind(q.unit())) || q.value() <= 0 || q.value() >= TOTAL) continue;
        int from = q.end() - s.start();
        if (from < 0 || from > s.text().length()) continue;
        Matcher m = TONNE_AFTER.matcher(s.text().substring(from));
        if (!m.find()) continue;
        if (out == null) out = new ArrayList<>(qs);
        out.set(i, new Quantity(q.value(), q.valueMax(), q.unit() + "/tonne", q.qualifier(), q.signed(), q.start(), q.end() + m.end()));
      }
      if (out != null) found.put(s, List.copyOf(out));
    }
  }
}
