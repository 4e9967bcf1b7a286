package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.lexicon.UnitTable;

/**
 * The counted noun of a number that names none ("with only 16", "(249,575)", "a total of 3.05 million units"): what the
 * nearest figure of its sentence counts, else what the last counted figure before it on the page counts.
 *
 * <pre>
 * "… saw only 61 and 62 new chargers installed"                       → 61 charger
 * "Northern Ireland had the smallest increase in ultra rapid chargers with only 16." (after chargers) → charger
 * "almost a quarter of a million (249,575) have now been registered" (after vehicles) → vehicle
 * </pre>
 *
 * A default chosen by counting, not a shape: the devset's gold never writes {@code count} for a matched figure; of the 19
 * figures the extractor left a bare count, this gives 13 the gold's unit (7 publishers better, none worse).
 */
final class BareCounts {

  private BareCounts() {}

  /** The figures of one article (in text order) with each bare count given the counted noun around it. */
  static List<Figure> apply(List<Figure> figures) {
    return apply(figures, false);
  }

  /** "N units" that nothing before names on a page about vehicles: vehicles (the gold's "units" are vehicle in 379 of 387 lines). */
  private static final java.util.regex.Pattern UNITS_WRITTEN = java.util.regex.Pattern.compile("(?i)\\bunits?$");

  /**
   * As {@link #apply(List)}; on a page about vehicles ({@code vehicleNews}) a count written "units" that neither its sentence
   * nor the page before it names is vehicles: "However, these purchases are limited to 50,000 units this year" (bandit4d).
   */
  static List<Figure> apply(List<Figure> figures, boolean vehicleNews) {
    List<Figure> out = new ArrayList<>(figures);
    String lastCounted = null;
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      String unit = f.quantity().unit();
      if (counted(unit)) lastCounted = unit;
      if (!unit.equals("count")) continue;
      String noun = nearestInSentence(figures, i);
      if (noun == null) noun = lastCounted;
      if (noun == null && vehicleNews && UNITS_WRITTEN.matcher(f.evidence().quote()).find()) noun = "vehicle";
      if (noun == null) continue;
      Quantity q = f.quantity();
      out.set(i, new Figure(new Quantity(q.value(), q.valueMax(), noun, q.qualifier(), q.signed(), q.start(), q.end()), f.kind(),
          f.basis(), f.direction(), f.period(), f.measure(), f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /** The counted noun of the figure of the same sentence nearest to figure {@code i}, or null. */
  private static String nearestInSentence(List<Figure> figures, int i) {
    Figure f = figures.get(i);
    String best = null;
    int distance = Integer.MAX_VALUE;
    for (Figure o : figures) {
      if (o == f || o.evidence().sentenceStart() != f.evidence().sentenceStart() || !counted(o.quantity().unit())) continue;
      int d = Math.abs(o.evidence().start() - f.evidence().start());
      if (d < distance) {
        distance = d;
        best = o.quantity().unit();
      }
    }
    return best;
  }

  private static boolean counted(String unit) {
    return UnitTable.get().isCounted(unit);
  }
}
