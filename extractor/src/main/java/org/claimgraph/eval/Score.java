package org.claimgraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring extracted figures against a gold annotation.
 *
 * @param gold         number of gold figures
 * @param predicted    number of extracted figures
 * @param matched      pairs of a gold and an extracted figure (same document, same value, overlapping text)
 * @param complete     matched figures whose value, unit, kind, basis, period and place all agree
 * @param attributed   gold figures that credit a source
 * @param attributedRight of those, matched figures whose attribution agrees
 * @param agreement    per attribute: how many matched pairs agree
 * @param confusion    for "kind" and "basis": gold value → extracted value → matched pairs
 * @param misses       gold figures not found
 * @param extras       extracted figures not in the gold
 * @param disagreements matched pairs with the attributes that differ
 */
public record Score(int gold, int predicted, int matched, int complete, int attributed, int attributedRight,
    Map<String, Integer> agreement, Map<String, Map<String, Map<String, Integer>>> confusion, List<FigureRecord> misses, List<FigureRecord> extras, List<String> disagreements) {

  public double precision() {
    return predicted == 0 ? 0 : matched / (double) predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : matched / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Complete figures as a share of the gold figures. */
  public double completeness() {
    return gold == 0 ? 0 : complete / (double) gold;
  }

  /** Right attributions as a share of the gold figures that credit a source or a speaker. */
  public double attributionAccuracy() {
    return attributed == 0 ? 0 : attributedRight / (double) attributed;
  }

  /** A report for people. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "figures: gold %d, extracted %d, matched %d%n", gold, predicted, matched));
    b.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
    b.append(String.format(Locale.ROOT, "complete (value, unit, kind, basis, period, place all right): %d/%d = %.1f%%%n",
        complete, gold, 100 * completeness()));
    b.append(String.format(Locale.ROOT, "attribution right: %d/%d = %.1f%% of the gold figures that credit a source or speaker%n",
        attributedRight, attributed, 100 * attributionAccuracy()));
    b.append("agreement per attribute on matched figures:\n");
    for (var e : agreement.entrySet()) {
      b.append(String.format(Locale.ROOT, "  %-14s %4d/%d = %5.1f%%%n", e.getKey(), e.getValue(), matched,
          matched == 0 ? 0 : 100.0 * e.getValue() / matched));
    }
    for (String attribute : List.of("kind", "basis")) {
      var matrix = confusion.getOrDefault(attribute, Map.of());
      if (matrix.isEmpty()) continue;
      java.util.SortedSet<String> columns = new java.util.TreeSet<>();
      matrix.values().forEach(row -> columns.addAll(row.keySet()));
      b.append("confusion of ").append(attribute).append(" (rows gold, columns extracted):\n");
      b.append(String.format(Locale.ROOT, "  %-10s", ""));
      columns.forEach(c -> b.append(String.format(Locale.ROOT, " %9s", c)));
      b.append('\n');
      for (var row : new java.util.TreeMap<>(matrix).entrySet()) {
        b.append(String.format(Locale.ROOT, "  %-10s", row.getKey()));
        columns.forEach(c -> b.append(String.format(Locale.ROOT, " %9d", row.getValue().getOrDefault(c, 0))));
        b.append('\n');
      }
    }
    return b.toString();
  }
}
